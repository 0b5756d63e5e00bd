"""Slide thumbnails for a draft deck's ballot page, rendered off the UI thread.

Uses the app's preview service (the parsed deck layout, cached per content hash)
and the slide painter; QImage painting is safe on worker threads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from enablement.domain import ItemKind
from enablement.ui.slide_painter import render_slide_image

if TYPE_CHECKING:
    from enablement.preview.service import PreviewService

THUMB_WIDTH = 168


@dataclass(slots=True)
class Thumbnails:
    item_id: int
    sha256: str
    images: dict[int, QImage] = field(default_factory=dict)


def render_thumbnails(preview: PreviewService, item_id: int, known_sha: str = "") -> Thumbnails | None:
    """Every slide of a deck as a small image; None when `known_sha` is still current."""
    bundle = preview.bundle(item_id)
    item = bundle.item
    if item.sha256 == known_sha:
        return None
    thumbs = Thumbnails(item_id, item.sha256)
    if item.kind is not ItemKind.DECK:
        return thumbs
    deck = preview.deck(item)
    for number, slide in enumerate(deck.slides, start=1):
        thumbs.images[number] = render_slide_image(slide, THUMB_WIDTH * 2)
    return thumbs
