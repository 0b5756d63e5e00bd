"""Mark the query's words in any text the preview shows (notes, records, battle-card sections).

It uses the search analyzer (`enablement.search.analysis`), so what the preview
marks is what search matched: "конкурент" marks "конкурентов" and "Конкуренты",
"px200" marks "PX-200".
"""

from __future__ import annotations

import html

from enablement.search.analysis import pieces, stem

__all__ = ["Marker"]


class Marker:
    """Finds the spans of `query`'s words (by stem or joined code) in texts."""

    def __init__(self, query: str) -> None:
        self.query = query
        self.words: set[str] = set()
        self.stems: set[str] = set()
        for piece in pieces(query or ""):
            self.words.add(piece.text)
            self.stems.add(piece.text if piece.joined else stem(piece.text))

    def __bool__(self) -> bool:
        return bool(self.words)

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not self.words or not text:
            return []
        out: list[tuple[int, int]] = []
        last_end = -1
        for p in pieces(text):
            if p.start < last_end:
                continue
            key = p.text if p.joined else stem(p.text)
            if key in self.stems or p.text in self.words:
                out.append((p.start, p.end))
                last_end = p.end
        return out

    def html(self, text: str, *, open_tag: str = "<b>", close_tag: str = "</b>") -> str:
        """`text` escaped for rich text, matches wrapped in the given tags, newlines as <br>."""
        parts: list[str] = []
        pos = 0
        for a, b in self.spans(text):
            parts.append(html.escape(text[pos:a]))
            parts.append(open_tag + html.escape(text[a:b]) + close_tag)
            pos = b
        parts.append(html.escape(text[pos:]))
        return "".join(parts).replace("\n", "<br>")

    def count(self, text: str) -> int:
        return len(self.spans(text))
