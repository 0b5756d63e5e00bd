"""The normalised key of a searched query: what the search log groups by (content gaps, demand).

A key is the query's words (not its filters or negated words) folded and stemmed as the index
stems them, unique and sorted: "Роутеры цена" and "цена роутера" share the key "роутер цен".
Spelling variants of one name must share a key too, or three people who typed "Альфа-Софт",
"АльфаСофт" and "альфа софт" never meet under one key and the gap they share never reaches the
three-people threshold. Three rules, applied in this order, make them meet:

1. **A compound keys by its joined form only.** A hyphenated (or dotted, slashed) word is the
   joined word: "Wi-Fi" -> "wifi", "Альфа-Софт" -> "альфасофт", "K-300R" -> "k300r" (its parts are
   not key words, so "wi fi" alone stays apart from "Wi-Fi" unless rule 3 joins it). A camel-cased
   "АльфаСофт" is one word already.
2. **Look-alike letters in a code are Latin.** A word that holds a digit or mixes Latin and Cyrillic
   letters, and whose Cyrillic letters all have a Latin double (а в е к м н о р с т у х), is spelt in
   Latin: "к-300r" -> "k300r", "К300" -> "k300". Plain Cyrillic words ("мтс") are left alone.
3. **Two words typed apart key as one when their joined form is a known compound.** "альфа софт"
   -> "альфасофт" when `known` holds "альфасофт" (or its stem); only neighbours join (no stop word
   or OR between them), pairs are read left to right and a word joins at most once, so "альфа"
   alone, "софт альфа" or "альфа и софт" keeps its own key. What counts as
   known is the caller's (deterministic) vocabulary: the search service passes the local index's
   terms (a hyphenated compound is indexed joined, a solid word by its stem), a migration and the
   CLI the words of the keys the log (or the gap list) already holds. Without a vocabulary no pair is joined.

Why not always join neighbours: "цена роутера" and "роутеры цена" would then differ (order would
matter again) and every two-word query would become one unreadable word.
"""

from __future__ import annotations

from collections.abc import Container, Iterator

from whoosh.reading import IndexReader

from enablement.search.analysis import STOP_WORDS, fold, pieces, stem
from enablement.search.query import parse

__all__ = ["NO_COMPOUNDS", "IndexTerms", "key_words", "query_key"]

NO_COMPOUNDS: frozenset[str] = frozenset()

_LOOKALIKES = str.maketrans("авекмнорстух", "abekmhopctyx")
_LOOKALIKE_LETTERS = frozenset("авекмнорстух")
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")


class IndexTerms(Container[str]):
    """The terms of the index's text field, as the `known` vocabulary of rule 3: a hyphenated
    compound is indexed as its joined word, a solid one by its stem, so both are found."""

    def __init__(self, reader: IndexReader) -> None:
        self.reader = reader

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and bool(self.reader.doc_frequency("text", term))


def latin_lookalikes(word: str) -> str:
    """`word` with Cyrillic look-alikes spelt in Latin when it is a code (rule 2), else unchanged."""
    cyrillic = {ch for ch in word if "а" <= ch <= "я"}
    if not cyrillic or not cyrillic <= _LOOKALIKE_LETTERS:
        return word
    is_code = any(ch.isdigit() for ch in word) or any(ch in _LATIN for ch in word)
    return word.translate(_LOOKALIKES) if is_code else word


def _surface_words(text: str) -> Iterator[str | None]:
    """The folded words of the query's positive clauses in typed order, a compound as one word;
    None where two words are not neighbours (a stop word between them, or `OR`): no pair joins
    across it, so "альфа и софт" or "альфа OR софт" never becomes "альфасофт"."""
    for group in parse(text).groups:
        for n, clause in enumerate(group):
            if n:
                yield None  # the OR between two alternatives
            found = list(pieces(clause.text, stop=False))
            spans = [(p.start, p.end) for p in found if p.joined]
            for p in found:
                if p.joined:
                    yield latin_lookalikes(p.text)
                elif not any(a <= p.start and p.end <= b for a, b in spans):
                    yield None if p.text in STOP_WORDS else latin_lookalikes(p.text)


def _is_known(joined: str, known: Container[str]) -> bool:
    return joined in known or stem(joined) in known


def key_words(text: str, known: Container[str] = NO_COMPOUNDS) -> list[str]:
    """The words of the key in typed order, before stemming (rule 3 applied)."""
    words = list(_surface_words(text))
    out: list[str] = []
    i = 0
    while i < len(words):
        word, following = words[i], words[i + 1] if i + 1 < len(words) else None
        if word is not None and following is not None:
            joined = latin_lookalikes(word + following)
            if _is_known(joined, known):
                out.append(joined)
                i += 2
                continue
        if word is not None:
            out.append(word)
        i += 1
    return out


def query_key(text: str, known: Container[str] = NO_COMPOUNDS) -> str | None:
    """The key the search log files `text` under (see the module docstring); None without words.

    Args:
        text: the searched query (corrections applied).
        known: joined forms (or their stems) that make two neighbouring words one (rule 3).
    """
    return " ".join(sorted({stem(fold(w)) for w in key_words(text, known)})) or None
