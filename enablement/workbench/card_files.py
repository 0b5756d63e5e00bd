"""The file name a battle card written in the editor gets in the library's `cards/` folder.

Sellers see it: the preview shows an item's file, and "Open original" opens it. So it is named
after the card (its title, else its competitor), as a safe slug: Latin letters, digits and
hyphens only (Cyrillic transliterated), so it survives any file system, archive or mail; unique
in the folder (whose file is whose is in the library's source records). One card is one file
there: when a save moves the card to a new name, its earlier copy goes (its text is in the item's
version history).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from enablement.store import repository as repo
from enablement.store.library import Library

__all__ = ["MAX_STEM", "card_file_name", "drop_old_copies", "slug"]

MAX_STEM = 60  # characters: long titles make unreadable paths; the title itself is in the card

# One spelling per letter (GOST-like, what Russian passports use for Latin names).
_RU_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip


def slug(text: str, *, fallback: str = "battle-card") -> str:
    """`Acme — battle card (RU)` -> `acme-battle-card-ru`; `Карта: Касперский` -> `karta-kasperskii`."""
    latin = "".join(_RU_LAT.get(ch, ch) for ch in text.casefold())
    ascii_only = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_only)
    stem = ""
    for word in words:  # whole words up to the cap; a single over-long word is cut
        joined = f"{stem}-{word}" if stem else word
        if len(joined) > MAX_STEM:
            stem = stem or word[:MAX_STEM]
            break
        stem = joined
    return stem or fallback


def card_file_name(library: Library, folder: Path, title: str, item_id: int | None) -> str:
    """The card's file name in `folder`, after its title (`acme-battle-card.md`).

    A name another item's file (or a stray file) holds gets `-2`, `-3`, … The card's own file (a
    source of `item_id`) is reused, so saving it again writes the same file.
    """
    stem = slug(title)
    n = 1
    with library.reading() as conn:
        while True:
            name = f"{stem}.md" if n == 1 else f"{stem}-{n}.md"
            path = folder / name
            source = repo.get_source(conn, str(path.resolve()))
            if source is not None and item_id is not None and source.item_id == item_id:
                return name
            if source is None and not path.exists():
                return name
            n += 1


def drop_old_copies(library: Library, folder: Path, item_id: int, kept: Path) -> None:
    """The card's earlier files in `folder` (before a retitle, or an old `item-N.md`) go: their
    text is in the item's version history. A file the card was imported from elsewhere is not the
    editor's and stays."""
    folder = folder.resolve()
    kept_path = str(kept.resolve())
    with library.transaction() as conn:
        old = [
            path
            for path, source in repo.all_sources(conn).items()
            if source.item_id == item_id and path != kept_path and Path(path).parent == folder
        ]
        for path in old:
            repo.forget_source(conn, path)
    for path in old:
        Path(path).unlink(missing_ok=True)
