"""The bodies of a battle card's bullet sections in Markdown: list items, paragraphs and tables read
into entries and written back (`enablement.workbench.cards` holds the card; this is its text).

A paragraph and a list item both read as one entry; `is_prose` tells a section written as
paragraphs only, so the card writes it back as paragraphs instead of turning it into a list.
"""

from __future__ import annotations

import re

__all__ = ["BULLET", "blocks", "bullets_md", "is_prose", "paragraphs", "parse_bullets"]

BULLET = re.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")


def bullets_md(bullets: list[str], *, prose: bool = False) -> str:
    """Bullet lines; a multi-line entry (a table) stays a block between blank lines. `prose` writes
    each entry as a paragraph of its own (a section that was written as paragraphs stays so)."""
    if prose:
        return "\n\n".join(text.strip("\n") for text in bullets)
    out = ""
    previous_block = False
    for text in bullets:
        block = "\n" in text
        separator = "\n\n" if out and (block or previous_block) else "\n" if out else ""
        out += separator + (text.strip("\n") if block else f"- {text}")
        previous_block = block
    return out


def blocks(raw: str) -> list[list[str]]:
    """Paragraph blocks: lines between blank lines, right-stripped."""
    found: list[list[str]] = [[]]
    for line in raw.split("\n"):
        if line.strip():
            found[-1].append(line.rstrip())
        elif found[-1]:
            found.append([])
    return [b for b in found if b]


def parse_bullets(raw: str) -> list[str]:
    """Bullet texts of a section: each list item one entry (continuation lines joined); a paragraph
    is one entry; a table is one entry kept line by line."""
    entries: list[str] = []
    for block in blocks(raw):
        if block[0].lstrip().startswith("|"):
            entries.append("\n".join(line.strip() for line in block))
            continue
        current: list[str] | None = None
        for line in block:
            match = BULLET.match(line)
            if match:
                if current is not None:
                    entries.append(" ".join(current))
                current = [match.group(1).strip()]
            elif current is None:
                current = [line.strip()]
            else:
                current.append(line.strip())
        if current is not None:
            entries.append(" ".join(current))
    return [e for e in entries if e]


def paragraphs(raw: str) -> str:
    """Free text with soft line breaks joined: paragraphs separated by one blank line."""
    out = []
    for block in blocks(raw):
        if block[0].lstrip().startswith(("|", "-", "*", "+")) or BULLET.match(block[0]):
            out.append("\n".join(block))
        else:
            out.append(" ".join(line.strip() for line in block))
    return "\n\n".join(out)


def is_prose(raw: str) -> bool:
    """A section body written as paragraphs (or tables) with no list item in it."""
    found = blocks(raw)
    has_paragraph = any(not b[0].lstrip().startswith("|") for b in found)
    has_item = any(BULLET.match(line) for b in found for line in b if not line.lstrip().startswith("|"))
    return has_paragraph and not has_item
