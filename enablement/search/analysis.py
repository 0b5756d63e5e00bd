"""Text analysis shared by indexing, querying and snippets: one analyzer for Russian and English.

Why one analyzer: our content mixes the two languages inside a single slide ("SLA 99,9% для
Альфа-Софт"), so the script of each word, not the document's language, picks the stemmer:
Cyrillic words get the Russian Snowball stemmer, Latin words the English one (PyStemmer's C
implementation, with Whoosh's pure-Python stemmers as a fallback). Everything is lowercased and
ё is folded to е, so "ещё" and "еще" are the same word.

Product codes are the other half of the job: `PX-200`, `px200`, `PX 200` and `Px-200` must all
find the same catalog row. A token that joins letters and digits (or words with `-`, `.`, `/`)
is emitted twice over: once whole and normalised (`px200`, at the position of its first part)
and once as its parts (`px`, `200`), so the parts stay findable and phrases keep working. An
upper-case short prefix followed by a number ("PX 200") also emits the joined form.

Whoosh pickles the analyzer into the index's schema, so the analyzer is a module-level class
whose state is plain data; the (unpicklable) stemmer objects are created lazily per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from whoosh.analysis import Token, Tokenizer

__all__ = [
    "SECTION_WEIGHTS",
    "STOP_WORDS",
    "Piece",
    "RuEnAnalyzer",
    "fold",
    "has_cyrillic",
    "normalise_code",
    "pieces",
    "section_text",
    "skeleton",
    "stem",
    "surface_words",
]

# A word: letters/digits, optionally joined by - . / ' ’ (e.g. PX-200, Альфа-Софт, e-mail, 99.9).
_WORD = re.compile(r"[^\W_]+(?:[-./'’][^\W_]+)*")
_SUBPARTS = re.compile(r"[^\W\d_]+|\d+")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_SHORT_CAPS = re.compile(r"[A-Z]{1,4}\Z")
_DIGITS = re.compile(r"\d{1,6}\Z")

_STOP_TEXT = """
a an and are as at be been but by for from has have i if in into is it its of on or so such that the
their then there these they this to was we were will with you your our us do does did can could would
should what which who whom how when where why about
а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его
ее ей ему если есть еще же за здесь и из или им их к как какая какой когда кто ли либо между меня мне
мы на над наш не него нее нет ни них но ну о об однако он она они оно от очень по под при с со так
также такой там те тем то того тоже той только том ты у уже чем что чтобы чье чья эта эти это я
сколько какие каких каким почему зачем разве про
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


# Parts of a unit in the one `text` field, each with the weight its tokens carry (BM25F weights).
SECTION_WEIGHTS: dict[str, float] = {
    "t": 2.5,  # item title
    "m": 2.0,  # competitor, product and tag names
    "h": 3.0,  # slide title, section heading, row name
    "c": 6.0,  # product codes from an exact-match column
    "b": 1.0,  # body
    "n": 0.5,  # speaker notes
}
MARK = "\x1d"
SECTION_GAP = 50  # positions between parts, so phrases never span two of them


def section_text(parts: Iterable[tuple[str, str]]) -> str:
    """Join (code, text) parts into one field value the analyzer splits and weights again."""
    return "".join(f"{MARK}{code}{text}" for code, text in parts if text)


def fold(text: str) -> str:
    """Lowercase and fold ё to е: the form every term is compared in."""
    return text.lower().replace("ё", "е")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def normalise_code(code: str) -> str:
    """`PX-200`, `px 200`, `Px-200` -> `px200`: the exact-match form of a product code."""
    return "".join(_SUBPARTS.findall(fold(code)))


_CYR_LAT_TEXT = "a b v g d e e zh z i i k l m n o p r s t u f h ts ch sh sch - y - e yu ya"
_CYR_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _CYR_LAT_TEXT.split(), strict=True))
_SKELETON_RULES = (
    ("kh", "h"), ("ph", "f"), ("ck", "k"), ("tz", "c"), ("ts", "c"), ("x", "ks"), ("w", "v"),
    ("q", "k"), ("j", "i"), ("y", "i"), ("-", ""),
)  # fmt: skip
_C_HARD = re.compile(r"c(?![ei])")


def skeleton(word: str) -> str:
    """A script-neutral sound-alike key: Стрелец/Strelets, Глобекс/Globex, Телеком/Telecom agree.

    Cyrillic is stemmed then transliterated; Latin is kept whole; both are then normalised the
    same way (ts->c, hard c->k, y/j->i, x->ks, double letters single).
    """
    w = fold(word)
    if _CYRILLIC.search(w):
        w = "".join(_CYR_LAT.get(ch, ch) for ch in snowball(w))
    for a, b in _SKELETON_RULES:
        w = w.replace(a, b)
    w = _C_HARD.sub("k", w)
    return re.sub(r"(.)\1+", r"\1", w)


# Snowball leaves fleeting vowels alone: «Стрелец» stems to "стрелец" but «Стрельца» to "стрельц",
# so a competitor named in one case missed the other. Dropping е/ь before a final ц after a
# consonant gives both (and отец/отца, образец/образца) one stem, at index and query time alike.
_FLEETING_TS = re.compile(r"(?<=[бвгджзклмнпрстфхчшщ])[еь]ц$")


class _Stemmers:
    """Per-process stemmer cache; PyStemmer objects cannot be pickled, so they live here."""

    def __init__(self) -> None:
        self.cache: dict[str, str] = {}
        try:
            import Stemmer

            ru, en = Stemmer.Stemmer("russian"), Stemmer.Stemmer("english")
            self.ru, self.en = ru.stemWord, en.stemWord
        except ImportError:  # pragma: no cover - PyStemmer is a dependency; this is the fallback
            from whoosh.lang.porter import stem as en_stem
            from whoosh.lang.snowball.russian import RussianStemmer

            self.ru, self.en = RussianStemmer().stem, en_stem

    def __call__(self, word: str) -> str:
        cached = self.cache.get(word)
        if cached is not None:
            return cached
        if _CYRILLIC.search(word):
            result = self.ru(word) if not _LATIN.search(word) else word
        elif word.isalpha():
            result = self.en(word)
        else:
            result = word
        if len(self.cache) > 500_000:
            self.cache.clear()
        self.cache[word] = result
        return result


_STEMMERS: _Stemmers | None = None


def snowball(word: str) -> str:
    """Snowball stem of one folded word by its script (Russian for Cyrillic, English for Latin)."""
    global _STEMMERS
    if _STEMMERS is None:
        _STEMMERS = _Stemmers()
    return _STEMMERS(word)


def stem(word: str) -> str:
    """The index stem: Snowball, with fleeting vowels before a final ц dropped."""
    result = snowball(word)
    return _FLEETING_TS.sub("ц", result) if result.endswith("ц") else result


@dataclass(slots=True)
class Piece:
    """One surface token: its folded text, position, character span, and whether it is a joined form."""

    text: str
    pos: int
    start: int
    end: int
    joined: bool = False


_PIECES_CACHE: dict[str, list[Piece]] = {}


def cached_pieces(text: str) -> list[Piece]:
    """pieces(text) (stop words dropped), memoised for the few texts of the document being indexed:
    the raw field and the stemmed field read the same parts, and an item's title repeats per unit."""
    found = _PIECES_CACHE.get(text)
    if found is None:
        if len(_PIECES_CACHE) > 256:
            _PIECES_CACHE.clear()
        found = _PIECES_CACHE[text] = list(pieces(text))
    return found


def surface_words(texts: Iterable[str]) -> list[str]:
    """Distinct folded words (and joined code forms) of `texts`: the unstemmed vocabulary."""
    seen: dict[str, None] = {}
    for text in texts:
        if text:
            for p in cached_pieces(text):
                seen[p.text] = None
    return list(seen)


def pieces(text: str, *, stop: bool = True) -> Iterator[Piece]:
    """Split `text` into folded tokens with positions and spans (no stemming).

    Stop words are dropped but keep their position, so phrase slop can account for them.
    """
    pos = 0
    prev_caps: tuple[str, int, int] | None = None  # a short all-caps word, for "PX 200" joins
    if "×" in text:
        text = text.replace("×", "x")  # 24×7, 2×32: same length, so spans stay right
    for match in _WORD.finditer(text):
        raw = match.group()
        start = match.start()
        subparts = _SUBPARTS.findall(raw)
        if not subparts:
            continue
        if len(subparts) == 1:
            word = fold(subparts[0])
            if prev_caps is not None and _DIGITS.match(raw):
                caps, caps_pos, caps_start = prev_caps
                yield Piece(caps + word, caps_pos, caps_start, match.end(), joined=True)
            prev_caps = (fold(raw), pos, start) if _SHORT_CAPS.match(raw) else None
            if not (stop and word in STOP_WORDS):
                yield Piece(word, pos, start, match.end())
            pos += 1
            continue
        prev_caps = None
        joined = fold("".join(subparts))
        yield Piece(joined, pos, start, match.end(), joined=True)
        offset = start
        for part in subparts:
            begin = raw.find(part, offset - start) + start
            offset = begin + len(part)
            word = fold(part)
            if not (stop and word in STOP_WORDS):
                yield Piece(word, pos, begin, offset)
            pos += 1


class RuEnAnalyzer(Tokenizer):
    """The Whoosh analyzer for the text field: tokenize, fold, drop stop words, stem by script.

    One class instead of a tokenizer|filter chain: a single generator is much faster in pure
    Python, and a module-level class with plain attributes pickles into the index schema.
    A value made by section_text() is split into its parts; each part's tokens carry its weight
    and parts are SECTION_GAP positions apart. Query strings have no parts: weight 1.

    Attributes:
        stemming: stem words.
        weights: part code -> token boost.
    """

    def __init__(self, stemming: bool = True, weights: dict[str, float] | None = None) -> None:
        self.stemming = stemming
        self.weights = dict(weights or {})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RuEnAnalyzer) and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((self.stemming, tuple(sorted(self.weights.items()))))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        do_stem = self.stemming
        if MARK in value:
            parts = [(self.weights.get(chunk[:1], 1.0), chunk[1:]) for chunk in value.split(MARK) if chunk]
        else:
            parts = [(1.0, value)]
        base = start_pos
        char_base = start_char
        for boost, text in parts:
            last = base
            for piece in cached_pieces(text) if removestops else pieces(text, stop=False):
                word = piece.text
                token.text = stem(word) if do_stem and not piece.joined else word
                token.boost = boost
                token.stopped = False
                if keeporiginal:
                    token.original = word
                if positions:
                    token.pos = last = base + piece.pos
                if chars:
                    token.startchar = char_base + piece.start
                    token.endchar = char_base + piece.end
                yield token
            base = last + SECTION_GAP
            char_base += len(text) + 2
