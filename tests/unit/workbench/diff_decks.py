"""Two versions of one deck for the diff tests, made with python-pptx.

Version 1 has five slides. Version 2 inserts a slide after the second, rewords the third's
body, deletes the fourth and rewrites the fifth's notes; the first two are untouched.
"""

from __future__ import annotations

import os
from pathlib import Path

from pptx import Presentation

V1 = [
    ("Quokka servers overview", "Sales training 2026", "Welcome everyone."),
    ("Why customers pick Quokka", "Three-year warranty\nNext-day parts", "Tell the warranty story."),
    ("Quokka pricing", "Entry model from 90 000 RUB\nVolume discounts above ten units", "Price talk."),
    ("Legacy wombat migration", "Wombat customers move in two weekends", "Only for wombat shops."),
    ("Call to action", "Book a pilot this quarter", "Ask for the pilot date."),
]
INSERTED = ("Customer story: Northwind", "Cut outages by half in six months", "Name the CIO.")
V2 = [
    V1[0],
    V1[1],
    INSERTED,
    ("Quokka pricing", "Entry model from 95 000 RUB\nVolume discounts above ten units", "Price talk."),
    ("Call to action", "Book a pilot this quarter", "Ask for the pilot date and the budget owner."),
]


def write_deck(path: Path, slides: list[tuple[str, str, str]], *, mtime: float | None = None) -> Path:
    prs = Presentation()
    for title, body, notes in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = body
        slide.notes_slide.notes_text_frame.text = notes
    prs.save(str(path))
    if mtime is not None:  # a re-import must see a changed file even within one clock tick
        os.utime(path, (mtime, mtime))
    return path
