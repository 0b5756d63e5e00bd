"""Qt-free preview data for the desktop app: slide layouts, rendered PDF pages, deep links.

The UI paints what this package returns; nothing here imports Qt, so it is
tested headless and runs on the task runner's worker threads.
"""

from enablement.preview.layout import (
    DeckLayout,
    Paragraph,
    Shape,
    SlideLayout,
    Table,
    TableCell,
    TextFrame,
    TextRun,
)
from enablement.preview.links import DeepLink, make_link, parse_link
from enablement.preview.service import ItemBundle, PreviewService

__all__ = [
    "DeckLayout",
    "DeepLink",
    "ItemBundle",
    "Paragraph",
    "PreviewService",
    "Shape",
    "SlideLayout",
    "Table",
    "TableCell",
    "TextFrame",
    "TextRun",
    "make_link",
    "parse_link",
]
