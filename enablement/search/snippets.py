"""Snippets: a short window of a unit's text with the matched words marked.

Matching goes through the same analyzer as indexing, so inflected forms are marked too: a search
for "конкурент" marks "конкурентов" and "Конкуренты". The plain snippet (CLI, JSON) marks with
`**`; the HTML one (the UI) escapes the text and wraps matches in <b>.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from enablement.search.analysis import fold, normalise_code, stem

__all__ = ["Snippet", "make_snippet"]

WINDOW = 180  # characters of context in a snippet
_SPACE = re.compile(r"\s*\n\s*")
_RUNS = re.compile(r"[ \t\r\f\v]+")


@dataclass(slots=True)
class Snippet:
    text: str
    html: str
    field: str


_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+", re.MULTILINE)


def _clean(text: str) -> str:
    """One line: list markers ("- ", "1. ") dropped, line breaks shown as " · "."""
    return _SPACE.sub(" · ", _RUNS.sub(" ", _LIST_MARK.sub("", text.strip())))


def _pattern(stems: set[str], words: set[str]) -> re.Pattern[str] | None:
    """One regex finding candidate words: those starting with a query stem (a Snowball stem is a
    prefix of its word) and product codes written with or without separators."""
    alts = []  # codes first: "PX-200" is one mark, not "PX" and "200"
    for term in sorted(words, key=len, reverse=True):
        alts.append(r"[-./ ]?".join(re.escape(ch) for ch in term) + r"[^\W_]*")
    for term in sorted(stems, key=len, reverse=True):
        alts.append("".join("[её]" if ch == "е" else re.escape(ch) for ch in term) + r"[^\W_]*")
    if not alts:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alts) + ")", re.IGNORECASE)


def _matches(
    text: str, pattern: re.Pattern[str] | None, stems: set[str], words: set[str]
) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if pattern is None:
        return out
    for m in pattern.finditer(text):
        token = m.group()
        code = normalise_code(token)
        if code in words:
            out.append((m.start(), m.end(), code))
            continue
        key = stem(fold(token))
        if key in stems or fold(token) in words:
            out.append((m.start(), m.end(), key))
    return out


# Shown beside the snippet already (the hit's location line: "Section: Weak points", a slide's
# title), so they are the snippet only when the words are found nowhere else.
LABEL_FIELDS = frozenset({"heading", "codes", "title"})


def make_snippet(fields: list[tuple[str, str]], stems: set[str], words: set[str]) -> Snippet:
    """Pick the field with the most distinct matched terms and cut a window around them.

    Text fields (body, notes) win over a heading that matched more words: a hit on
    «гарантия» in the "Weak points" section should show the sentence about the
    warranty, not the heading the result card already shows.
    """
    best: tuple[int, int, str, str, list[tuple[int, int, str]]] | None = None
    best_text: tuple[int, int, str, str, list[tuple[int, int, str]]] | None = None
    pattern = _pattern(stems, words)
    for order, (name, raw) in enumerate(fields):
        if not raw:
            continue
        text = _clean(raw)
        found = _matches(text, pattern, stems, words)
        score = len({k for _, _, k in found})
        candidate = (score, -order, name, text, found)
        if best is None or score > best[0] or (score == best[0] and not best[3]):
            best = candidate
        if name not in LABEL_FIELDS and score and (best_text is None or score > best_text[0]):
            best_text = candidate
    if best is None:
        return Snippet("", "", "")
    _, _, name, text, found = best_text or best
    start, end = _window(text, found)
    plain, marked = [], []
    pos = start
    for a, b, _ in found:
        if a < start or b > end:
            continue
        plain.append(text[pos:a])
        marked.append(html.escape(text[pos:a]))
        plain.append(f"**{text[a:b]}**")
        marked.append(f"<b>{html.escape(text[a:b])}</b>")
        pos = b
    plain.append(text[pos:end])
    marked.append(html.escape(text[pos:end]))
    lead = "…" if start > 0 else ""
    trail = "…" if end < len(text) else ""
    return Snippet(lead + "".join(plain) + trail, lead + "".join(marked) + trail, name)


def _window(text: str, found: list[tuple[int, int, str]]) -> tuple[int, int]:
    """The WINDOW-sized span holding the most distinct matches, snapped to word boundaries."""
    if len(text) <= WINDOW:
        return 0, len(text)
    if not found:
        start = 0
    else:
        best_start, best_score = found[0][0], -1
        for i, (a, _, _) in enumerate(found):
            keys = {k for x, y, k in found[i:] if y <= a + WINDOW}
            if len(keys) > best_score:
                best_start, best_score = a, len(keys)
        start = max(0, best_start - WINDOW // 4)
    end = min(len(text), start + WINDOW)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + WINDOW // 2 else end
    return start, end
