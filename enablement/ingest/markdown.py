"""Markdown and plain-text files (.md/.markdown/.txt), mostly battle cards.

YAML front matter (read with `yaml.safe_load`, so no object construction)
becomes `ExtractedDoc.meta`; every `#`/`##`/`###` heading starts a SECTION
unit, and headings with known Russian or English battle-card names get a
typed `section_type`. A file without headings is one ITEM unit (split into
parts when very long). The encoding
is guessed by `safety.decode_text` (UTF-8, cp1251, IBM866, ...).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind
from enablement.ingest.language import competitor_from_title, is_battlecard
from enablement.ingest.safety import (
    MAX_TEXT_CHARS,
    TextBudget,
    clean_text,
    decode_text,
    file_title,
    item_units,
    no_text,
    section_units,
)
from enablement.messages import QT_TRANSLATE_NOOP

MAX_FRONT_MATTER = 64 * 1024
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$|^ {0,3}(#{1,6})[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|~~)")
_SINGLE_EMPHASIS = re.compile(r"(?<![\w*])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?![\w*])")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_HTML_COMMENT = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+")
_LIST_KEYS = {
    "competitors": ("competitors", "competitor"),
    "products": ("products", "product"),
    "tags": ("tags",),
}
_TEXT_KEYS = ("title", "language", "kind", "status", "owner")


def extract_text(path: Path) -> ExtractedDoc:
    text, _encoding = decode_text(path.read_bytes())
    return extract_markdown(text, fallback_title=file_title(path))


def extract_markdown(text: str, *, fallback_title: str) -> ExtractedDoc:
    """What importing a file with this Markdown text stores (the battle-card editor's live preview)."""
    text = clean_text(text)
    warnings: list[str] = []
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        warnings.append(f"truncated: text limit of {MAX_TEXT_CHARS // 1_000_000} million characters reached")
    meta, body = split_front_matter(text, warnings)
    sections = split_sections(body)
    title = str(meta.get("title") or "") or next((h for lvl, h, _ in sections if lvl == 1 and h), "")
    title = title or fallback_title

    budget = TextBudget()
    if not any(level for level, _, _ in sections):
        units = item_units(_plain("\n".join(lines for _, _, lines in sections)), budget, warnings)
    else:
        kept: list[tuple[str, str]] = []
        for level, heading, lines in sections:
            content = _plain(lines)
            if content or (heading and not (level == 1 and heading == title)):  # not a bare title
                kept.append((heading, content))
        units = section_units(kept, budget, warnings)
    if not units:
        raise no_text(
            QT_TRANSLATE_NOOP("Messages", "the file has front matter but no text")
            if meta
            else QT_TRANSLATE_NOOP("Messages", "the file has no text")
        )

    if "competitors" not in meta and competitor_from_title(title):
        meta["competitors"] = [competitor_from_title(title)]
    kind = _kind(meta, units)
    return ExtractedDoc(title=title, kind=kind, units=units, meta=meta, warnings=warnings)


def _kind(meta: dict[str, Any], units: list[ExtractedUnit]) -> ItemKind:
    declared = str(meta.get("kind") or "").strip().lower()
    if declared in {k.value for k in ItemKind}:
        return ItemKind(declared)
    if meta.get("competitors") or is_battlecard(u.section_type for u in units):
        return ItemKind.BATTLECARD
    return ItemKind.DOCUMENT


def split_front_matter(text: str, warnings: list[str]) -> tuple[dict[str, Any], str]:
    """(meta, body): YAML front matter between '---' lines, normalised to the meta keys."""
    stripped = text.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return {}, text
    first_break = stripped.find("\n")
    if first_break < 0 or stripped[:first_break].strip() != "---":
        return {}, text
    match = re.search(r"^(---|\.\.\.)[ \t]*$", stripped[first_break + 1 :], re.MULTILINE)
    if match is None:
        return {}, text
    raw = stripped[first_break + 1 : first_break + 1 + match.start()]
    body = stripped[first_break + 1 + match.end() :]
    if len(raw) > MAX_FRONT_MATTER:
        warnings.append("front matter larger than 64 KB ignored")
        return {}, body
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        warnings.append(f"front matter is not valid YAML and was ignored ({str(exc).splitlines()[0]})")
        return {}, body
    if not isinstance(data, dict):
        return {}, body
    return normalise_meta(data, warnings), body


def normalise_meta(data: dict[Any, Any], warnings: list[str]) -> dict[str, Any]:
    lowered = {str(k).strip().lower(): v for k, v in data.items()}
    meta: dict[str, Any] = {}
    for key in _TEXT_KEYS:
        value = lowered.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
            meta[key] = clean_text(str(value)).strip()
    for key, sources in _LIST_KEYS.items():
        values: list[str] = []
        for source in sources:
            values.extend(_as_list(lowered.get(source)))
        if values:
            meta[key] = list(dict.fromkeys(values))
    review = lowered.get("review_by", lowered.get("review-by"))
    if review is not None:
        parsed = _as_date(review)
        if parsed is None:
            warnings.append(f"review_by '{review}' is not a date (use YYYY-MM-DD) and was ignored")
        else:
            meta["review_by"] = parsed
    return meta


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        items: list[Any] = value.split(",")
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        items = [value]
    out = []
    for item in items:
        if isinstance(item, str | int | float) and not isinstance(item, bool):
            cleaned = clean_text(str(item)).strip()
            if cleaned:
                out.append(cleaned)
    return out


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def split_sections(body: str) -> list[tuple[int, str, str]]:
    """(level, heading, raw text) per section; level 0 for text before the first heading.

    Headings inside fenced code blocks do not count; levels 4-6 stay inside
    the section's text.
    """
    sections: list[tuple[int, str, list[str]]] = [(0, "", [])]
    fence = ""
    lines = body.split("\n")
    for index, line in enumerate(lines):
        fence_match = _FENCE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            if not fence:
                fence = marker[0] * 3
            elif marker.startswith(fence):
                fence = ""
            sections[-1][2].append(line)
            continue
        if not fence:
            atx = _ATX.match(line)
            if atx:
                hashes = atx.group(1) or atx.group(3)
                if len(hashes) <= 3:
                    sections.append((len(hashes), _inline(atx.group(2) or ""), []))
                    continue
            nxt = lines[index + 1] if index + 1 < len(lines) else ""
            starts_paragraph = index == 0 or not lines[index - 1].strip()
            if line.strip() and starts_paragraph and _SETEXT.match(nxt) and not _SETEXT.match(line):
                sections.append((1 if nxt.strip().startswith("=") else 2, _inline(line.strip()), []))
                continue
            if _SETEXT.match(line) and sections[-1][0] and not sections[-1][2] and index > 0:
                continue  # the underline of a setext heading
        sections[-1][2].append(line)
    result = [(level, heading, "\n".join(text)) for level, heading, text in sections]
    if result and not result[0][2].strip() and len(result) > 1:
        result.pop(0)
    return result


def _inline(text: str) -> str:
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    text = _SINGLE_EMPHASIS.sub(r"\1", text)
    return " ".join(text.replace("`", "").split())


def _plain(raw: str) -> str:
    """Light Markdown clean-up for search: no data URIs, link targets, emphasis or table rules."""
    raw = _DATA_URI.sub("", _HTML_COMMENT.sub("", raw))
    out = []
    for line in raw.split("\n"):
        if _TABLE_RULE.match(line) and ("|" in line or line.count("-") >= 3):
            continue
        marked = "[" in line or "*" in line or "_" in line or "~" in line
        out.append(_inline(line) if marked else " ".join(line.split()))
    text = "\n".join(out).strip()
    return re.sub(r"\n{3,}", "\n\n", text)
