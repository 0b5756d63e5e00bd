"""The pitch basket's worker bodies: plain data in, plain data (and QImages) out, no widgets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize

from enablement.preview.service import PreviewService
from enablement.ui.slide_painter import render_slide_image
from enablement.workbench.basket import BasketEntry, PickCheck, PickState, check_picks
from enablement.workbench.pitch import PitchResult, build_pitch

if TYPE_CHECKING:
    from enablement.store.library import Library

THUMB = QSize(112, 63)


def inspect_entries(
    library: Library, preview: PreviewService, entries: list[BasketEntry], have: set[tuple[int, int, int]]
) -> list[tuple[PickCheck, Any]]:
    """Worker body: each entry's check and, unless `have` holds it, its slide as a thumbnail."""
    results: list[tuple[PickCheck, Any]] = []
    decks: dict[int, Any] = {}
    for check in check_picks(library, [e.pick for e in entries]):
        image = None
        key = (check.item.id, check.version, check.slide) if check.item is not None else None
        if check.state != PickState.REFUSED and check.item is not None and key not in have:
            try:
                if check.item.id not in decks:
                    decks[check.item.id] = preview.deck(check.item)
                slide = decks[check.item.id].slide(check.slide)
                image = render_slide_image(slide, THUMB.width() * 2) if slide is not None else None
            except Exception:  # a thumbnail is a nicety: the row still stands, the build will say why
                image = None
        results.append((check, image))
    return results


def build_from_basket(
    library: Library, preview: PreviewService, entries: list[BasketEntry], target: Path
) -> PitchResult:
    """Worker body: the pitch file, titled after the file's name."""
    return build_pitch(
        library, [e.pick for e in entries], target, original=preview.original_path, title=target.stem
    )
