"""Pitch builder: one .pptx made of slides picked across the library's decks, in the chosen order.

A seller picks slides (item id and slide number, from search hits or the filmstrip); the pitch
holds them as they were: layouts and masters, pictures and media, charts, speaker notes. The
copying itself is `_slide_copy`; here picks are checked against the library first, so a bad
basket fails before anything is written, and the originals are found the way the preview finds
them (`PreviewService.original_path`, passed in as `original`: on a team library it fetches the
file from the server once).

A pick may carry the version it was made from and a fingerprint of the slide's text. When the
deck has been re-imported since, a slide whose text is still there (even under another number)
is used; one that is gone is refused, naming it. Whatever a slide uses that the copy cannot carry
is reported in `PitchResult.losses` and the pitch is still built.

Errors (all `EnablementError`: the CLI prints them, the UI shows them translated):

PitchError          the pitch cannot be built as asked; `pick` is the 0-based index of the
│                   offending pick, or -1 when it is about the pitch as a whole
├── BadPick         a slide reference that cannot be read ("12x", "12#0")
├── NotADeck        the item is not a PowerPoint deck (a PDF, a catalog, a battle card)
├── SlideMissing    the deck has no slide with that number
└── StaleSlide      the item was removed, or the slide was picked from a version since replaced
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from enablement.domain import Item, ItemKind, Unit, UnitKind
from enablement.errors import EnablementError, NotFound
from enablement.messages import QT_TRANSLATE_NOOP, Arg, Message
from enablement.preview.links import parse_link
from enablement.store import repository as repo
from enablement.store.library import Library
from enablement.workbench._slide_copy import Loss, PitchPackage, is_plain_pptx, slide_count

__all__ = [
    "BadPick",
    "NotADeck",
    "PitchError",
    "PitchLoss",
    "PitchResult",
    "PitchSlide",
    "SlideMissing",
    "SlidePick",
    "StaleSlide",
    "build_pitch",
    "pick_of",
    "slide_fingerprint",
]

DECK_SUFFIXES = (".pptx", ".pptm", ".ppsx", ".potx")
_PICK = re.compile(r"^\s*#?(?P<id>\d+)\s*#\s*(?:slide=)?(?P<slide>\d+)\s*$", re.IGNORECASE)


class PitchError(EnablementError):
    """The pitch cannot be built as asked.

    Attributes:
        pick: the 0-based index of the pick at fault, or -1 for the pitch as a whole.
    """

    def __init__(self, template: str | Message, *, pick: int = -1, **args: Arg) -> None:
        super().__init__(template, **args)
        self.pick = pick


class BadPick(PitchError):
    pass


class NotADeck(PitchError):
    pass


class SlideMissing(PitchError):
    pass


class StaleSlide(PitchError):
    pass


# ---------------------------------------------------------------------- picks


def slide_fingerprint(unit: Unit) -> str:
    """A short hash of a slide's words: recognises the slide after a re-import renumbers it."""
    text = "\x1f".join((unit.heading.strip(), unit.text.strip(), unit.notes.strip()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class SlidePick:
    """One slide of a pitch, as a basket keeps it.

    Attributes:
        item_id: the deck.
        slide: the 1-based slide number.
        version: the deck's version the slide was picked from (None: whatever is current).
        fingerprint: `slide_fingerprint` of the slide when picked ("" when not known).
    """

    item_id: int
    slide: int
    version: int | None = None
    fingerprint: str = ""

    @classmethod
    def parse(cls, text: str) -> SlidePick:
        """`12#3`, `12#slide=3` or the deep link `enablement://item/12#slide=3`."""
        link = parse_link(text)
        if link is not None and link.kind == "slide" and link.number > 0:
            return cls(link.item_id, link.number)
        match = _PICK.match(text)
        if match is None or int(match.group("slide")) < 1:
            raise BadPick(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{text}” does not name a slide: write ITEM#SLIDE, like 12#3, "
                    "or a link like enablement://item/12#slide=3.",
                ),
                text=text,
            )
        return cls(int(match.group("id")), int(match.group("slide")))

    @property
    def label(self) -> str:
        return f"{self.item_id}#{self.slide}"

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item_id,
            "slide": self.slide,
            "version": self.version,
            "fingerprint": self.fingerprint,
        }


def pick_of(item: Item, unit: Unit) -> SlidePick:
    """The pick a basket stores for `unit` of `item`: pinned to its version and its words."""
    return SlidePick(item.id, unit.number, item.version, slide_fingerprint(unit))


# ---------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class PitchSlide:
    """A slide of the built pitch: where it came from."""

    position: int
    item_id: int
    slide: int
    title: str
    heading: str
    version: int

    def to_json(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "item": self.item_id,
            "slide": self.slide,
            "title": self.title,
            "heading": self.heading,
            "version": self.version,
        }


@dataclass(frozen=True, slots=True)
class PitchLoss:
    """Something the copy could not carry; `position` is 0 when it concerns a whole deck."""

    position: int
    item_id: int
    slide: int
    message: Message

    def to_json(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "item": self.item_id,
            "slide": self.slide,
            "message": str(self.message),
        }


@dataclass(slots=True)
class PitchResult:
    """The built pitch: its file, its slides in order, and what was left out."""

    path: Path
    slides: list[PitchSlide]
    losses: list[PitchLoss] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "slides": [s.to_json() for s in self.slides],
            "losses": [loss.to_json() for loss in self.losses],
        }


# ---------------------------------------------------------------------- building


@dataclass(slots=True)
class _Resolved:
    index: int
    item: Item
    unit: Unit


def build_pitch(
    library: Library,
    picks: Sequence[SlidePick],
    target: Path,
    *,
    original: Callable[[Item], Path],
    title: str = "",
) -> PitchResult:
    """Write the slides `picks` names, in that order, to `target` (.pptx).

    `original` gives an item's original file (`PreviewService.original_path`). Nothing is
    written when a pick is refused; the file appears whole or not at all.
    """
    if not picks:
        raise PitchError(QT_TRANSLATE_NOOP("Messages", "A pitch needs at least one slide."))
    if target.suffix.lower() != ".pptx":
        raise PitchError(
            QT_TRANSLATE_NOOP("Messages", "A pitch is saved as a .pptx file, not as “{name}”."),
            name=target.name,
        )
    resolved = _resolve(library, picks)
    builder, sources = _open(resolved, original)
    losses: list[PitchLoss] = []
    checked: set[int] = set()
    for position, entry in enumerate(resolved, start=1):
        if entry.item.id not in checked:
            checked.add(entry.item.id)
            before = len(builder.losses)
            builder.check_deck(sources[entry.item.id], first=position == 1)
            losses += [_deck_loss(loss, entry) for loss in builder.losses[before:]]
        builder.add_slide(sources[entry.item.id], entry.unit.number)
    _save(builder, target, title or "Pitch")
    losses += [_slide_loss(loss, resolved[loss.slot]) for loss in builder.losses if loss.slot >= 0]
    slides = [
        PitchSlide(n, e.item.id, e.unit.number, e.item.title, e.unit.heading, e.item.version)
        for n, e in enumerate(resolved, start=1)
    ]
    return PitchResult(target, slides, losses)


def _resolve(library: Library, picks: Sequence[SlidePick]) -> list[_Resolved]:
    resolved: list[_Resolved] = []
    with library.reading() as conn:
        for index, pick in enumerate(picks):
            try:
                item = repo.get_item(conn, pick.item_id)
            except NotFound:
                raise StaleSlide(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Item {item} is no longer in the library (it was removed); take slide {slide} "
                        "out of the pitch.",
                    ),
                    pick=index,
                    item=pick.item_id,
                    slide=pick.slide,
                ) from None
            if item.kind != ItemKind.DECK or not item.source_name.lower().endswith(DECK_SUFFIXES):
                raise NotADeck(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{title}” (item {item}, {name}) is not a PowerPoint deck; a pitch takes "
                        "slides from .pptx decks.",
                    ),
                    pick=index,
                    title=item.title,
                    item=item.id,
                    name=item.source_name,
                )
            slides = [u for u in repo.get_units(conn, item.id) if u.kind == UnitKind.SLIDE]
            resolved.append(_resolve_one(index, pick, item, slides))
    return resolved


def _resolve_one(index: int, pick: SlidePick, item: Item, slides: list[Unit]) -> _Resolved:
    by_number = {u.number: u for u in slides}
    current = by_number.get(pick.slide)
    if pick.version is None or pick.version == item.version:
        if current is None:
            raise SlideMissing(
                QT_TRANSLATE_NOOP(
                    "Messages", "There is no slide {slide} in “{title}” (item {item}): it has {count} in all."
                ),
                pick=index,
                title=item.title,
                item=item.id,
                count=max(by_number, default=0),
                slide=pick.slide,
            )
        return _Resolved(index, item, current)
    # Picked from an older version: the same words, wherever they are now, are the same slide.
    if pick.fingerprint:
        if current is not None and slide_fingerprint(current) == pick.fingerprint:
            return _Resolved(index, item, current)
        for unit in slides:
            if slide_fingerprint(unit) == pick.fingerprint:
                return _Resolved(index, item, unit)
    raise StaleSlide(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Slide {slide} of “{title}” (item {item}) was picked from version {picked}, which has been "
            "replaced by version {current}, and that slide is not in it any more; pick it again.",
        ),
        pick=index,
        slide=pick.slide,
        title=item.title,
        item=item.id,
        picked=pick.version,
        current=item.version,
    )


def _open(resolved: list[_Resolved], original: Callable[[Item], Path]) -> tuple[PitchPackage, dict[int, Any]]:
    """Open each deck once; the output starts from the first plain .pptx among them."""
    paths: dict[int, Path] = {}
    for entry in resolved:
        if entry.item.id not in paths:
            paths[entry.item.id] = original(entry.item)
    opened: dict[int, Any] = {}
    base: Path | None = None
    for entry in resolved:
        item = entry.item
        if item.id not in opened:
            opened[item.id] = _open_deck(entry, paths[item.id])
            if base is None and is_plain_pptx(opened[item.id]):
                base = paths[item.id]
        count = slide_count(opened[item.id])
        if entry.unit.number > count:
            raise StaleSlide(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The original of “{title}” (item {item}) has no slide {slide}, though the library "
                    "lists one; import the deck again.",
                ),
                pick=entry.index,
                title=item.title,
                item=item.id,
                slide=entry.unit.number,
            )
    try:
        builder = PitchPackage(base)
    except Exception as exc:
        raise PitchError(
            QT_TRANSLATE_NOOP("Messages", "The pitch could not be started from “{name}”: {reason}"),
            name=base.name if base else "default.pptx",
            reason=_reason(exc),
        ) from exc
    return builder, opened


def _open_deck(entry: _Resolved, path: Path) -> Any:
    from pptx.package import Package

    try:
        return Package.open(str(path))
    except Exception as exc:
        raise NotADeck(
            QT_TRANSLATE_NOOP(
                "Messages", "“{title}” (item {item}) could not be opened as a PowerPoint deck: {reason}"
            ),
            pick=entry.index,
            title=entry.item.title,
            item=entry.item.id,
            reason=_reason(exc),
        ) from exc


def _reason(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _save(builder: PitchPackage, target: Path, title: str) -> None:
    """Save through a temporary file beside `target`: a failed save leaves no half pitch."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".pitch-", suffix=".pptx")
        os.close(fd)
        try:
            builder.save(Path(tmp), title=title)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise PitchError(
            QT_TRANSLATE_NOOP("Messages", "The pitch could not be saved as {path}: {reason}"),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc


# ---------------------------------------------------------------------- losses

_SLIDE_LOSSES = {
    "missing": QT_TRANSLATE_NOOP(
        "Messages", "“{detail}” uses a file that is missing from the original deck; it was left out."
    ),
    "linked": QT_TRANSLATE_NOOP(
        "Messages", "a linked file stays a link and may not open on another computer: {detail}"
    ),
    "slide_link": QT_TRANSLATE_NOOP("Messages", "a link to a slide that is not in the pitch was removed."),
    "comments": QT_TRANSLATE_NOOP("Messages", "review comments were left out."),
}
_DECK_LOSSES = {
    "fonts": QT_TRANSLATE_NOOP(
        "Messages",
        "Fonts embedded in “{title}” were not carried; its slides use the fonts installed on the computer.",
    ),
    "size": QT_TRANSLATE_NOOP(
        "Messages",
        "“{title}” has another page size ({detail}) than the pitch; its slides may look stretched "
        "or cropped.",
    ),
}


def _slide_loss(loss: Loss, entry: _Resolved) -> PitchLoss:
    what = Message(_SLIDE_LOSSES.get(loss.code, loss.code), {"detail": loss.detail})
    message = Message(
        QT_TRANSLATE_NOOP("Messages", "Slide {position} (“{title}”, slide {slide}): {what}"),
        {"position": loss.slot + 1, "title": entry.item.title, "slide": entry.unit.number, "what": what},
    )
    return PitchLoss(loss.slot + 1, entry.item.id, entry.unit.number, message)


def _deck_loss(loss: Loss, entry: _Resolved) -> PitchLoss:
    template = _DECK_LOSSES.get(loss.code, loss.code)
    return PitchLoss(
        0, entry.item.id, 0, Message(template, {"title": entry.item.title, "detail": loss.detail})
    )
