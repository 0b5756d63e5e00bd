"""Decks built with python-pptx for the workbench tests: titles, bullet text and speaker notes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pptx import Presentation

# (title, body lines, notes); body and notes may be empty.
Slide = tuple[str, Sequence[str], str]


def make_deck(path: Path, slides: Sequence[Slide], *, title: str = "") -> Path:
    """A .pptx at `path` with one "Title and Content" slide per entry."""
    prs = Presentation()
    layout = prs.slide_layouts[1]
    for heading, body, notes in slides:
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = heading
        frame = slide.placeholders[1].text_frame
        for i, line in enumerate(body):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            paragraph.text = line
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    if title:
        prs.core_properties.title = title
    prs.save(str(path))
    return path


NOTE = "Расскажите, как это помогает заказчику; tell the customer why it matters."
