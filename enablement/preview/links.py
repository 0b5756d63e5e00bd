"""Deep links: `enablement://item/ID#slide=N` names one unit of one item.

Qt-free so the CLI can print links and the app can parse them from argv or a
second instance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCHEME = "enablement"
_FRAGMENT_KINDS = ("slide", "page", "row", "section", "item")
_LINK = re.compile(
    r"^enablement://item/(?P<id>\d+)/?(?:#(?P<kind>[a-z]+)=(?P<number>\d+))?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DeepLink:
    item_id: int
    kind: str = "item"
    number: int = 0

    def url(self) -> str:
        if self.kind == "item" or self.number <= 0:
            return f"{SCHEME}://item/{self.item_id}"
        return f"{SCHEME}://item/{self.item_id}#{self.kind}={self.number}"


def make_link(item_id: int, kind: str = "item", number: int = 0) -> str:
    return DeepLink(item_id, kind if kind in _FRAGMENT_KINDS else "item", number).url()


def parse_link(text: str) -> DeepLink | None:
    """The link named by `text`, or None if it is not an enablement:// item link."""
    match = _LINK.match(text.strip())
    if match is None:
        return None
    kind = (match.group("kind") or "item").lower()
    if kind not in _FRAGMENT_KINDS:
        return None
    return DeepLink(int(match.group("id")), kind, int(match.group("number") or 0))
