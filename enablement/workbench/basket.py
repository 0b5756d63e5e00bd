"""The seller's pitch basket: the picked slides as the app keeps them between runs, and their check.

The app's basket widget only renders; what a pick is, how it is stored (JSON, in the UI state)
and whether it still stands against the library are decided here, Qt-free, so the same rules
hold for the widget, the tests and any later front end.

A pick is stored as `pick_of()` makes it: the deck, the slide number, the version it was picked
from and a fingerprint of the slide's words, plus the title and heading seen when picking, so a
pick whose deck was removed can still be named. `check_picks` tells, per pick, whether it stands
as picked, was found again after a re-import (perhaps under another number), or is refused
(with the same message the builder would raise), so the basket can flag it before "Build".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from enablement.domain import Item, Unit
from enablement.errors import NotFound
from enablement.messages import Message
from enablement.store import repository as repo
from enablement.store.library import Library
from enablement.workbench.pitch import PitchError, SlidePick, _resolve, pick_of

__all__ = [
    "BasketEntry",
    "PickCheck",
    "PickState",
    "check_picks",
    "describe_slide",
    "entries_from_json",
    "entries_to_json",
]

MAX_ENTRIES = 200  # a pitch is a few dozen slides; a stored basket past this is not ours


@dataclass(frozen=True, slots=True)
class BasketEntry:
    """One pick in the basket, with what the seller saw when picking it.

    Attributes:
        pick: the reference the builder takes (pinned to version and fingerprint).
        title: the deck's title when picked (names the pick even after the deck is gone).
        heading: the slide's heading when picked ("" for an untitled slide).
    """

    pick: SlidePick
    title: str = ""
    heading: str = ""

    def to_json(self) -> dict[str, Any]:
        return {**self.pick.to_json(), "title": self.title, "heading": self.heading}

    @classmethod
    def from_json(cls, data: Any) -> BasketEntry | None:
        """An entry from stored JSON, or None when the record is not one (never raises)."""
        if not isinstance(data, dict):
            return None
        try:
            item, slide = int(data["item"]), int(data["slide"])
            version = data.get("version")
            version = None if version is None else int(version)
        except (KeyError, TypeError, ValueError):
            return None
        if item < 1 or slide < 1:
            return None
        pick = SlidePick(item, slide, version, str(data.get("fingerprint") or ""))
        return cls(pick, str(data.get("title") or ""), str(data.get("heading") or ""))

    def same_slide(self, other: BasketEntry) -> bool:
        return (self.pick.item_id, self.pick.slide, self.pick.version) == (
            other.pick.item_id,
            other.pick.slide,
            other.pick.version,
        )


def entries_to_json(entries: Sequence[BasketEntry]) -> str:
    return json.dumps([e.to_json() for e in entries], ensure_ascii=False)


def entries_from_json(text: str) -> list[BasketEntry]:
    """The stored basket; a damaged or foreign value gives what can be read of it (maybe nothing)."""
    try:
        data = json.loads(text) if text else []
    except ValueError:
        return []
    if not isinstance(data, list):
        return []
    entries = [e for e in (BasketEntry.from_json(d) for d in data[:MAX_ENTRIES]) if e is not None]
    return entries


def entry_of(item: Item, unit: Unit) -> BasketEntry:
    """The entry for `unit` of `item`, as the preview shows them."""
    return BasketEntry(pick_of(item, unit), item.title, unit.heading)


def describe_slide(library: Library, item_id: int, slide: int) -> BasketEntry:
    """The entry for slide `slide` of the current version of item `item_id` (a search hit).

    Raises the builder's refusals: `NotADeck` for a PDF or a card, `SlideMissing`, and
    `StaleSlide` for an item removed since the search.
    """
    resolved = _resolve(library, [SlidePick(item_id, slide)])[0]
    return entry_of(resolved.item, resolved.unit)


class PickState(StrEnum):
    OK = "ok"  # stands as picked
    MOVED = "moved"  # the deck was re-imported; the same slide was found (maybe under another number)
    REFUSED = "refused"  # the builder would refuse it: `message` says why


@dataclass(frozen=True, slots=True)
class PickCheck:
    """How one pick stands against the library now.

    Attributes:
        state: ok, moved or refused.
        item: the deck as it is now (None when refused because it is gone).
        slide: the slide's number in the current version (0 when refused).
        message: why it is refused (None otherwise).
    """

    state: PickState
    item: Item | None = None
    slide: int = 0
    message: Message | None = None

    @property
    def version(self) -> int:
        return self.item.version if self.item is not None else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "state": str(self.state),
            "item": self.item.id if self.item else None,
            "slide": self.slide,
            "version": self.version,
            "message": str(self.message) if self.message else None,
        }


def check_picks(library: Library, picks: Sequence[SlidePick]) -> list[PickCheck]:
    """Each pick against the library as it is now, one by one (a refusal does not stop the rest)."""
    checks: list[PickCheck] = []
    for pick in picks:
        try:
            resolved = _resolve(library, [pick])[0]
        except PitchError as exc:
            checks.append(PickCheck(PickState.REFUSED, _item_or_none(library, pick.item_id), 0, exc.message))
            continue
        moved = pick.version is not None and (
            resolved.item.version != pick.version or resolved.unit.number != pick.slide
        )
        state = PickState.MOVED if moved else PickState.OK
        checks.append(PickCheck(state, resolved.item, resolved.unit.number))
    return checks


def _item_or_none(library: Library, item_id: int) -> Item | None:
    try:
        with library.reading() as conn:
            return repo.get_item(conn, item_id)
    except NotFound:
        return None
