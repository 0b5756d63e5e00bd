"""Related words a query also looks for: the editable synonym list and Russian derived forms.

Why (issue 13): 'компрессоры из Китая' missed «китайский компрессор», and ТЗ, техзадание and
«technical specification» are one thing to a seller but three to an index. Two mechanisms:

* Derivation (no list to keep): a Russian noun and its -ск-/-н- adjective share a stem up to the
  suffix (Китай/Китая "кита"/"кит" ↔ китайский "китайск", Россия ↔ российский, сервис ↔
  сервисный, зима ↔ зимний). derived_stems() finds the other side in the index vocabulary.
* Synonyms: a plain text file the marketer edits, one group of equivalent terms per line
  (`ТЗ, техзадание, техническое задание, technical specification`); a term may be several
  words. The library folder's `synonyms.txt` wins; without one the default shipped in
  `resources/search/synonyms.txt` is used. `enablement synonyms` shows which file is read and
  copies the default into the library for editing. Terms are compared as the index stems them,
  so every inflected form of a term matches.

Both add alternatives (OR, at a lower boost) to a query word; they never remove a match.
A third kind, names typed in the other script (Strelets for Стрелец), is found through the
sound-alike skeletons of the index's competitor and product names (name_words, sounds_alike).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.reading import IndexReader

from enablement.resources import resource
from enablement.search.analysis import has_cyrillic, pieces, skeleton, stem

__all__ = [
    "LIBRARY_FILE",
    "SynonymList",
    "SynonymSource",
    "default_synonyms_path",
    "derived_stems",
    "name_words",
    "parse_synonyms",
    "sounds_alike",
]

LIBRARY_FILE = "synonyms.txt"
_ADJECTIVE_OF = re.compile(r"[а-я]{0,3}ск")  # what follows a noun stem in its adjective's


def default_synonyms_path() -> Path:
    return resource("search", "synonyms.txt")


def derived_stems(
    word_stem: str, has_term: Callable[[str], bool], scan: Callable[[str], list[str]]
) -> list[str]:
    """Indexed stems of the other side of a Russian noun/adjective pair (Китай ↔ китайский).

    `has_term(stem)` says whether the index holds a stem; `scan(prefix)` lists indexed stems
    starting with `prefix` (bounded). Adjective -> noun: drop -ск/-н and up to two more letters
    (китайск -> кита, кит; российск -> росс; сервисн -> сервис). Noun -> adjective: indexed stems
    that are the noun's stem plus up to three letters and -ск/-н (кита -> китайск, итал ->
    итальянск, сервис -> сервисн).
    """
    s = word_stem
    if len(s) < 3 or not has_cyrillic(s) or not s.isalpha():
        return []
    out: list[str] = []
    for suffix, shortest in (("ск", 3),):
        if s.endswith(suffix) and len(s) - len(suffix) >= shortest + 1:
            base = s[: -len(suffix)]
            for cut in range(3):
                noun = base[: len(base) - cut] if cut else base
                if len(noun) >= shortest and noun != s and has_term(noun):
                    out.append(noun)
    if len(s) >= 3:
        for term in scan(s):
            if term != s and _ADJECTIVE_OF.fullmatch(term[len(s) :]) and len(term) > len(s):
                out.append(term)
    return list(dict.fromkeys(out))


def _term_stems(term: str) -> tuple[str, ...]:
    return tuple(stem(p.text) for p in pieces(term) if not p.joined)


@dataclass
class SynonymList:
    """Groups of equivalent terms, each term as the tuple of its stems.

    Attributes:
        groups: the groups, in file order.
        problems: lines that were skipped, with why ("line 7: only one term").
    """

    groups: list[list[tuple[str, ...]]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    _by_first: dict[str, list[tuple[tuple[str, ...], int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for n, group in enumerate(self.groups):
            for term in group:
                self._by_first.setdefault(term[0], []).append((term, n))
        for found in self._by_first.values():
            found.sort(key=lambda tn: -len(tn[0]))  # the longest term first

    def match(self, stems: list[str], at: int) -> tuple[int, list[tuple[str, ...]]] | None:
        """The longest term starting at `stems[at]`: (its length in words, the other terms)."""
        for term, n in self._by_first.get(stems[at], ()):
            if tuple(stems[at : at + len(term)]) == term:
                return len(term), [t for t in self.groups[n] if t != term]
        return None


def parse_synonyms(text: str) -> SynonymList:
    """Read the synonym file format: one group a line, terms separated by commas; # comments."""
    groups: list[list[tuple[str, ...]]] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        terms = [t.strip() for t in re.split(r"[,;]", line) if t.strip()]
        stems = list(dict.fromkeys(s for s in (_term_stems(t) for t in terms) if s))
        if len(stems) < 2:
            problems.append(f"line {number}: needs two or more terms separated by commas: {line!r}")
            continue
        groups.append(stems)
    return SynonymList(groups, problems)


class SynonymSource:
    """The synonym list of one library, read again when its file changes (checked per search).

    Args:
        library_dir: the library folder; its synonyms.txt, when present, replaces the default.
    """

    def __init__(self, library_dir: Path) -> None:
        self.library_file = Path(library_dir) / LIBRARY_FILE
        self._key: tuple[str, int, int] | None = None
        self._list = SynonymList()

    @property
    def path(self) -> Path:
        """The file in use: the library's own list, else the shipped default."""
        return self.library_file if self.library_file.is_file() else default_synonyms_path()

    def current(self) -> SynonymList:
        path = self.path
        try:
            st = os.stat(path)
        except OSError:
            return SynonymList()
        key = (str(path), st.st_mtime_ns, st.st_size)
        if key != self._key:
            try:
                self._list = parse_synonyms(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                self._list = SynonymList(problems=[f"{path}: cannot be read ({exc})"])
            self._key = key
        return self._list


def name_words(reader: IndexReader) -> list[tuple[str, str]]:
    """(skeleton, folded word) for every word of every competitor and product name in the index."""
    out: dict[str, str] = {}
    for fieldname in ("competitor", "product"):
        try:
            values = list(reader.lexicon(fieldname))
        except KeyError:
            continue
        for raw in values:
            value = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            for p in pieces(value):
                if not p.joined and p.text.isalpha() and len(p.text) >= 3:
                    out[p.text] = skeleton(p.text)
    return [(sk, word) for word, sk in out.items()]


def sounds_alike(a: str, b: str) -> bool:
    """Two skeletons name the same thing: equal, or one extends the other by an ending (<= 3)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3
