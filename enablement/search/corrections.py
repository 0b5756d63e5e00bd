"""Query corrections: wrong keyboard layout, transliteration between scripts, and typos.

Every correction is judged against the index vocabulary, never a dictionary: a word is fixed
only when it is unknown to the index and the fix is known. That keeps product names and jargon
safe, works for both languages, and needs no data files.

Order matters: layout first (`ghfqc` is not a typo of anything, it is `прайс`), then
transliteration (`Kaspersky` -> `Касперский`: a different script but the same name), then
spelling (1 edit for short words, 2 for long ones, first letter kept: the rule that keeps fuzzy
lookups fast and their suggestions sane).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from whoosh.reading import IndexReader

from enablement.search.analysis import STOP_WORDS, fold, pieces, stem
from enablement.search.query import QueryBuilder

__all__ = ["Correction", "Corrector", "from_layout", "to_cyrillic_variants", "to_latin_variants"]

_EN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?"
_RU_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю.ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"
_EN_TO_RU = dict(zip(_EN_KEYS, _RU_KEYS, strict=True))
_RU_TO_EN = {ru: en for en, ru in zip(_EN_KEYS, _RU_KEYS, strict=True) if ru.isalpha()}
_LATIN_CHUNK = re.compile(r"[A-Za-z`\[\];',.{}:\"<>~]+")
_CYRILLIC_CHUNK = re.compile(r"[А-Яа-яЁё]+")
_OPERATOR_HEAD = re.compile(r'^[-"(]*')
_OPERATOR_TAIL = re.compile(r'[*~")?!]*$')
_FILTER = re.compile(r"^-?[^\W\d_]+:")
MAX_VARIANTS = 48


@dataclass(slots=True)
class Correction:
    type: str  # "layout" | "translit" | "spelling"
    query: str


def from_layout(text: str) -> str:
    """Re-type `text` in the other keyboard layout (Latin keys -> ЙЦУКЕН, Cyrillic -> QWERTY)."""
    if re.search(r"[А-Яа-яЁё]", text):
        return "".join(_RU_TO_EN.get(ch, ch) for ch in text)
    return "".join(_EN_TO_RU.get(ch, ch) for ch in text)


# ------------------------------------------------------------------ transliteration

_RU_LAT: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("v", "w"), "г": ("g", "h"), "д": ("d",), "е": ("e", "ye"),
    "ж": ("zh", "j"), "з": ("z",), "и": ("i",), "й": ("y", "i", "j"), "к": ("k", "c"), "л": ("l",),
    "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s", "c"), "т": ("t",),
    "у": ("u", "ou"), "ф": ("f", "ph"), "х": ("kh", "h"), "ц": ("ts", "c", "tz"), "ч": ("ch",),
    "ш": ("sh",), "щ": ("shch", "sch"), "ъ": ("",), "ы": ("y", "i"), "ь": ("",), "э": ("e",),
    "ю": ("yu", "iu", "u"), "я": ("ya", "ia", "a"),
}  # fmt: skip
_RU_LAT_MULTI: dict[str, tuple[str, ...]] = {
    "ий": ("y", "iy", "ij", "i"),
    "ый": ("y", "iy"),
    "кс": ("x", "ks"),
    "дж": ("j", "dzh"),
}
_LAT_RU_MULTI: dict[str, tuple[str, ...]] = {
    "shch": ("щ",), "sch": ("щ", "ш"), "sh": ("ш",), "ch": ("ч",), "zh": ("ж",), "kh": ("х",),
    "ts": ("ц", "тс"), "tz": ("ц",), "ya": ("я",), "yu": ("ю",), "yo": ("ё", "йо"), "ye": ("е",),
    "ia": ("ия", "я"), "iy": ("ий",), "ck": ("к",), "ph": ("ф",), "th": ("т",), "oo": ("у",),
    "ee": ("и",), "ou": ("у",), "kk": ("кк", "к"), "ss": ("сс", "с"), "ll": ("лл", "л"),
}  # fmt: skip
_LAT_RU: dict[str, tuple[str, ...]] = {
    "a": ("а",), "b": ("б",), "c": ("к", "с", "ц"), "d": ("д",), "e": ("е", "э"), "f": ("ф",),
    "g": ("г", "дж"), "h": ("х", "г"), "i": ("и", "ай"), "j": ("дж", "й"), "k": ("к",), "l": ("л",),
    "m": ("м",), "n": ("н",), "o": ("о",), "p": ("п",), "q": ("к",), "r": ("р",), "s": ("с", "з"),
    "t": ("т",), "u": ("у", "а"), "v": ("в",), "w": ("в",), "x": ("кс",), "y": ("и", "й", "ы"),
    "z": ("з",),
}  # fmt: skip


def _variants(word: str, single: dict[str, tuple[str, ...]], multi: dict[str, tuple[str, ...]]) -> list[str]:
    """All spellings of `word` under the mapping, most likely (first choices) first, capped."""
    options: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        for size in (4, 3, 2):
            chunk = word[i : i + size]
            if len(chunk) == size and chunk in multi:
                options.append(multi[chunk])
                i += size
                break
        else:
            options.append(single.get(word[i], (word[i],)))
            i += 1
    out: list[str] = []
    # Fewer deviations from the first choice first: walk combinations by number of non-first picks.
    ambiguous = [k for k, o in enumerate(options) if len(o) > 1]
    for changes in range(len(ambiguous) + 1):
        for picked in itertools.combinations(ambiguous, changes):
            for alts in itertools.product(*[range(1, len(options[k])) for k in picked]):
                choice = dict(zip(picked, alts, strict=True))
                out.append("".join(o[choice.get(k, 0)] for k, o in enumerate(options)))
                if len(out) >= MAX_VARIANTS:
                    return out
    return out


def to_latin_variants(word: str) -> list[str]:
    return _variants(fold(word), _RU_LAT, _RU_LAT_MULTI)


def to_cyrillic_variants(word: str) -> list[str]:
    return _variants(fold(word), _LAT_RU, _LAT_RU_MULTI)


# ------------------------------------------------------------------ corrector


class Corrector:
    """Proposes a corrected query string against one index reader's vocabulary."""

    def __init__(self, reader: IndexReader, builder: QueryBuilder) -> None:
        self.reader = reader
        self.builder = builder
        self._df: dict[str, int] = {}

    def stem_df(self, term: str) -> int:
        cached = self._df.get(term)
        if cached is None:
            cached = self.reader.doc_frequency("text", term)
            self._df[term] = cached
        return cached

    def surface(self, term: str, fallback: str = "") -> str:
        """A word as it appears in the text for an indexed stem (from the first unit holding it)."""
        try:
            m = self.reader.postings("text", term)
            if m.is_active():
                stored = self.reader.stored_fields(m.id())
                for name in ("heading", "body", "notes", "title"):
                    for p in pieces(stored.get(name) or ""):
                        if not p.joined and stem(p.text) == term:
                            return p.text
        except Exception:  # a term that vanished between lookups: keep the fallback
            pass
        return fallback or term

    def known(self, text: str) -> bool:
        """Every word of `text` is in the index (stop words count as known); empty is unknown."""
        toks = list(pieces(text, stop=False))
        if not toks:
            return False
        joined = [p for p in toks if p.joined]
        parts = [p for p in toks if not p.joined]
        if joined and all(self.stem_df(p.text) > 0 for p in joined):
            return True
        return all(p.text in STOP_WORDS or self.stem_df(stem(p.text)) > 0 for p in parts)

    def weight(self, text: str) -> int:
        """How common the (least common) word of `text` is in the index."""
        dfs = [self.stem_df(stem(p.text)) for p in pieces(text) if not p.joined]
        return min(dfs) if dfs else 0

    # ------------------------------------------------------------- passes

    def correct(self, query: str) -> Correction | None:
        for kind, fix in (
            ("layout", self._layout),
            ("translit", self._translit),
            ("spelling", self._spelling),
        ):
            fixed = fix(query)
            if fixed is not None and fold(fixed) != fold(query):
                return Correction(kind, fixed)
        return None

    def _chunks(self, query: str) -> list[tuple[int, int, str]]:
        """(start, end, core) of each word chunk, operators and filters left out."""
        out = []
        for m in re.finditer(r"\S+", query):
            chunk = m.group()
            if _FILTER.match(chunk) or chunk in ("OR", "ИЛИ", "|"):
                continue
            head = _OPERATOR_HEAD.match(chunk)
            tail = _OPERATOR_TAIL.search(chunk)
            a = head.end() if head else 0
            b = tail.start() if tail else len(chunk)
            if "*" in chunk[b:] and self.builder.prefix_terms(fold(chunk[a:b]), limit=1):
                continue  # a prefix that expands to indexed words is what was meant: leave it
            if b > a:
                out.append((m.start() + a, m.start() + b, chunk[a:b]))
        return out

    def _layout(self, query: str) -> str | None:
        replacements: dict[tuple[int, int], str] = {}
        weak: dict[tuple[int, int], str] = {}
        for start, end, core in self._chunks(query):
            latin = _LATIN_CHUNK.fullmatch(core) and re.search(r"[A-Za-z]", core)
            if not latin and not _CYRILLIC_CHUNK.fullmatch(core):
                continue
            candidates = [from_layout(core)]
            if latin:
                trimmed = core.rstrip(".,;'")
                if trimmed != core and trimmed:
                    candidates.append(from_layout(trimmed) + core[len(trimmed) :])
            if self.known(core):
                continue
            for cand in candidates:
                if self.known(cand):
                    toks = [p for p in pieces(cand, stop=False) if not p.joined]
                    target = weak if all(p.text in STOP_WORDS for p in toks) else replacements
                    target[(start, end)] = cand
                    break
        if not replacements:
            return None
        replacements.update(weak)
        return _apply(query, replacements)

    def _translit(self, query: str) -> str | None:
        replacements: dict[tuple[int, int], str] = {}
        for start, end, core in self._chunks(query):
            if self.known(core) or len(core) < 3:
                continue
            if self.builder.similar_terms(fold(core), limit=1, maxdist=1):
                continue  # one letter off a word of the same script: a typo, not a transliteration
            found = self.translit_word(core)
            if found is not None:
                replacements[(start, end)] = found
        return _apply(query, replacements) if replacements else None

    def translit_word(self, word: str) -> str | None:
        """The same name in the other script, as it appears in the index, or None."""
        folded = fold(word)
        if _CYRILLIC_CHUNK.fullmatch(word):
            best: tuple[int, str] | None = None
            for variant in to_latin_variants(stem(folded)):
                # Whole spellings only: stemming the spelling again would make a Russian word
                # ("кейс" -> "keys" -> "key") into an unrelated English one.
                for cand in self.builder.prefix_terms(variant, limit=3, restem=False):
                    if len(cand) > len(variant) + 4 or not cand.isalpha():
                        continue
                    df = self.stem_df(cand)
                    if best is None or df > best[0]:
                        best = (df, cand)
                if best is not None:
                    break
            return self.surface(best[1]) if best else None
        if re.fullmatch(r"[a-z]+", folded):
            best = None
            for variant in to_cyrillic_variants(folded):
                df = self.stem_df(stem(variant))
                if df and (best is None or df > best[0]):
                    best = (df, variant)
            return best[1] if best else None
        return None

    def _spelling(self, query: str, *, rare: int = 0) -> str | None:
        replacements: dict[tuple[int, int], str] = {}
        for start, end, core in self._chunks(query):
            if len(core) < 3 or not core.isalpha() or fold(core) in STOP_WORDS:
                continue
            df = self.weight(core) if self.known(core) else 0
            if df > rare:
                continue
            folded = fold(core)
            own = stem(folded)
            suffix = folded[len(own) :] if folded.startswith(own) else ""
            candidates = self.builder.similar_terms(folded, limit=5)
            # A slip at the end of a word ("компаниейй") leaves the stemmer nothing to strip.
            candidates += [stem(folded[:-k]) for k in (1, 2) if len(folded) - k >= 4]
            for cand in candidates:
                if self.stem_df(cand) <= df * 10 or cand in STOP_WORDS:
                    continue
                word = self.surface(cand, cand + suffix)
                if abs(len(word) - len(core)) <= 2:  # a short stem's neighbour is not a fix for a long word
                    replacements[(start, end)] = _match_case(core, word)
                    break
        return _apply(query, replacements) if replacements else None

    def respell_rare(self, query: str) -> str | None:
        """For a query that found nothing although every word is known: fix its rarest near-miss words."""
        return self._spelling(query, rare=2)


def _match_case(original: str, word: str) -> str:
    return word.capitalize() if original[:1].isupper() else word


def _apply(query: str, replacements: dict[tuple[int, int], str]) -> str:
    out, last = [], 0
    for (start, end), text in sorted(replacements.items()):
        out.append(query[last:start])
        out.append(text)
        last = end
    out.append(query[last:])
    return "".join(out)
