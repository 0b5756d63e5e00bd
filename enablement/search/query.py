"""The query language: parse what a salesperson types, then build a Whoosh query from it.

Syntax (all optional, mixable):  words (all must match)  "a phrase"  -excluded  -"excluded phrase"
a OR b  prefix*  typo~  competitor:X product:X kind:X tag:X lang:X status:X (values may be quoted).

Why a hand-written parser instead of Whoosh's QueryParser: bad syntax must never error (a stray
quote, a dangling OR, an unknown `field:` all degrade to plain words), corrections need the span of
every word in the original string, and prefix/fuzzy expansion must be capped so that no query
takes seconds. Whoosh's parser gives none of these.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.reading import IndexReader

from enablement.domain import ItemKind, UnitKind
from enablement.search.analysis import Piece, fold, has_cyrillic, normalise_code, pieces, skeleton, stem
from enablement.search.related import SynonymList, derived_stems, name_words, sounds_alike

__all__ = [
    "Clause",
    "ParsedQuery",
    "QueryBuilder",
    "parse",
]

TEXT = "text"  # the one weighted search field (see schema.py)
PREFIX_SCAN = 400  # vocabulary terms looked at for one prefix*
PREFIX_TERMS = 12  # most frequent expansions kept
FUZZY_TERMS = 8
MIN_PREFIX = 2
RELATED_BOOST = 0.7  # a synonym or derived form counts a little less than the word typed

FILTER_ALIASES = {
    "competitor": "competitor",
    "comp": "competitor",
    "конкурент": "competitor",
    "product": "product",
    "продукт": "product",
    "kind": "kind",
    "type": "kind",
    "тип": "kind",
    "tag": "tag",
    "тег": "tag",
    "lang": "lang",
    "language": "lang",
    "язык": "lang",
    "status": "status",
    "статус": "status",
}
KIND_ALIASES = {
    "card": "battlecard",
    "battle-card": "battlecard",
    "карточка": "battlecard",
    "карточки": "battlecard",
    "presentation": "deck",
    "презентация": "deck",
    "презентации": "deck",
    "каталог": "catalog",
    "каталоги": "catalog",
    "документ": "document",
    "документы": "document",
    "doc": "document",
    "слайд": "slide",
    "слайды": "slide",
    "страница": "page",
    "строка": "row",
    "раздел": "section",
}
LANG_ALIASES = {
    "русский": "ru",
    "рус": "ru",
    "russian": "ru",
    "english": "en",
    "английский": "en",
    "англ": "en",
}
OR_WORDS = {"OR", "ИЛИ", "|"}

# The frame of a question rather than its subject ("что делать, если клиент говорит …", "как
# составить техзадание", "what to say when …"): beside other words they are neither required nor
# scored, so a unit answering the question need not repeat how it was asked (scoring them sank
# the answer under units that merely say «делает»); they are still marked in snippets.
_FRAME_TEXT = """
делать сделать делает говорить говорит говорят сказать сказал ответить отвечать отвечает составить
составлять написать писать нужно надо можно лучше правильно хочет хотят должен поступить быть
make say says tell answer respond write need best way handle deal
"""
FRAME_STEMS = frozenset(stem(w) for w in _FRAME_TEXT.split())

_FIELD = re.compile(r"([^\W\d_]+):(?=\S)")
_CHUNK = re.compile(r'[^\s"]+')
_STRIP = "()[]{}+!?,;.:«»"  # punctuation around a word, never part of it


@dataclass(slots=True)
class Clause:
    """One word, prefix or phrase of the query, with where it sits in the query string.

    Attributes:
        text: the word(s) as typed, without operators.
        start, end: span of `text` in the original query string (for corrections).
        phrase: from "quotes".
        prefix: ended in `*`.
        fuzzy: ended in `~`.
        negated: preceded by `-`.
    """

    text: str
    start: int
    end: int
    phrase: bool = False
    prefix: bool = False
    fuzzy: bool = False
    negated: bool = False


@dataclass(slots=True)
class ParsedQuery:
    """Groups are AND-ed; the clauses inside one group are OR-ed (`a OR b`)."""

    groups: list[list[Clause]] = field(default_factory=list)
    negatives: list[Clause] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)
    excluded_filters: dict[str, list[str]] = field(default_factory=dict)

    @property
    def clauses(self) -> list[Clause]:
        return [c for g in self.groups for c in g] + self.negatives

    @property
    def empty(self) -> bool:
        return not self.groups and not self.filters


def parse(text: str) -> ParsedQuery:
    """Parse a query string; never raises: anything odd becomes plain words."""
    parsed = ParsedQuery()
    i, n = 0, len(text)
    pending_or = False
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = False
        if text[i] == "-" and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
        name = None
        m = _FIELD.match(text, i)
        if m and m.group(1).lower() in FILTER_ALIASES:
            name = FILTER_ALIASES[m.group(1).lower()]
            i = m.end()
        elif m:  # an unknown `field:` is just a word
            clause = _clause(m.group(1), m.start(1), False, negated)
            if clause is not None and negated:
                parsed.negatives.append(clause)
            elif clause is not None:
                parsed.groups.append([clause])
            i = m.end()
            continue
        if i < n and text[i] == '"' and text.find('"', i + 1) == -1:
            # An unclosed quote (often a phrase still being typed): its words are plain words.
            i += 1
            continue
        if i < n and text[i] == '"':
            end = text.find('"', i + 1)
            value, start = text[i + 1 : end], i + 1
            i = end + 1
            quoted = True
        else:
            m = _CHUNK.match(text, i)
            if m is None:  # a lone quote at the very end
                i += 1
                continue
            value, start = m.group(), m.start()
            i = m.end()
            quoted = False
        if name is not None:
            if value.strip():
                target = parsed.excluded_filters if negated else parsed.filters
                target.setdefault(name, []).append(value.strip())
            continue
        if not quoted and not negated and value in OR_WORDS:
            pending_or = bool(parsed.groups)
            continue
        clause = _clause(value, start, quoted, negated)
        if clause is None:
            continue
        if negated:
            parsed.negatives.append(clause)
        elif pending_or and parsed.groups:
            parsed.groups[-1].append(clause)
        else:
            parsed.groups.append([clause])
        pending_or = False
    return parsed


def _clause(value: str, start: int, quoted: bool, negated: bool) -> Clause | None:
    if quoted:
        return (
            Clause(value, start, start + len(value), phrase=True, negated=negated) if value.strip() else None
        )
    core = value.rstrip("*~")
    tail = value[len(core) :]
    prefix, fuzzy = "*" in tail, "~" in tail and "*" not in tail
    stripped = core.lstrip(_STRIP + "-")
    lead = len(core) - len(stripped)
    core = stripped.rstrip(_STRIP + "-")
    if not core or not re.search(r"[^\W_]", core):
        return None
    if prefix and len(core) < MIN_PREFIX:
        prefix = False
    begin = start + lead
    return Clause(core, begin, begin + len(core), prefix=prefix, fuzzy=fuzzy, negated=negated)


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def _code_pair(first: list[Clause], second: list[Clause]) -> bool:
    """`PX 300`: a short letters word then a number, typed apart, is also the code px300."""
    if len(first) != 1 or len(second) != 1:
        return False
    a, b = first[0], second[0]
    plain = not (a.phrase or a.prefix or a.fuzzy or b.phrase or b.prefix or b.fuzzy)
    return plain and bool(_CODE_HEAD.match(a.text)) and bool(_CODE_TAIL.match(b.text))


@dataclass
class Built:
    """A Whoosh query plus what the snippet marker and the partial fallback need."""

    query: wq.Query | None
    partial: wq.Query | None
    filter: wq.Query | None
    mask: wq.Query | None
    stems: set[str] = field(default_factory=set)
    # The AND-ed parts of the query, each with the excluded words taken out: a unit matching some
    # of them is a partial match, ranked by how many it matches (service.py fills the list with them).
    groups: list[wq.Query] = field(default_factory=list)
    # Terms added for a query word (synonym, derived form, name in the other script) -> the
    # word's stem: scoring counts a word and its related terms once (scoring.top_k).
    related: dict[str, str] = field(default_factory=dict)
    # Words of the question's frame (FRAME_STEMS) left out of the query (kept for reference).
    optional: list[wq.Query] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    meta_terms: set[str] = field(default_factory=set)


def _multi(term: str, boost: float = 1.0) -> wq.Query:
    return wq.Term(TEXT, term, boost=boost)


def _plain_stems(group: list[Clause]) -> str | None:
    """The stem of a group that is one plain word (no OR, phrase, prefix or typo mark), else None."""
    if len(group) != 1:
        return None
    c = group[0]
    if c.phrase or c.prefix or c.fuzzy or c.negated:
        return None
    found = [p for p in pieces(c.text) if not p.joined]
    return stem(found[0].text) if len(found) == 1 else None


_CODE_HEAD = re.compile(r"[^\W\d_]{1,4}\Z")
_CODE_TAIL = re.compile(r"\d[^\W_]*\Z")


class QueryBuilder:
    """Turns a ParsedQuery into Whoosh queries against one reader's vocabulary.

    Args:
        reader: the index reader whose vocabulary expansions and filters are resolved against.
        names: name_words(reader), cached by the caller; names typed in the other script
            (Strelets for Стрелец) also match.
    """

    def __init__(
        self,
        reader: IndexReader,
        names: list[tuple[str, str]] | None = None,
        synonyms: SynonymList | None = None,
        *,
        derive: bool = True,
    ) -> None:
        self.reader = reader
        self.names = names if names is not None else name_words(reader)
        self.synonyms = synonyms
        self.derive = derive
        self._similar: dict[tuple[str, int, int], list[str]] = {}

    def derived(self, word_stem: str) -> list[str]:
        """Indexed stems of the word's Russian noun/adjective partner (Китай ↔ китайский)."""
        if not self.derive:
            return []
        return derived_stems(
            word_stem, lambda s: bool(self.reader.doc_frequency(TEXT, s)), self._prefix_words
        )

    def _prefix_words(self, prefix: str) -> list[str]:
        """Indexed stems starting with `prefix` (the first PREFIX_SCAN), no frequencies looked up."""
        out: list[str] = []
        try:
            for term in self.reader.expand_prefix(TEXT, prefix):
                out.append(term.decode("utf-8") if isinstance(term, bytes) else term)
                if len(out) >= PREFIX_SCAN:
                    break
        except KeyError:
            return []
        return out

    def name_alternatives(self, word: str) -> list[str]:
        """Stems of metadata names that are `word` written in the other script."""
        if len(word) < 4 or not word.isalpha():
            return []
        cyr = has_cyrillic(word)
        sk = skeleton(word)
        return [
            stem(name)
            for name_sk, name in self.names
            if has_cyrillic(name) != cyr and sounds_alike(sk, name_sk)
        ]

    # ------------------------------------------------------------- words

    def word_query(self, clause: Clause, built: Built) -> wq.Query | None:
        if clause.phrase:
            return self._phrase(clause.text, built)
        if clause.prefix:
            return self._expanded(clause.text, built, fuzzy=False)
        if clause.fuzzy:
            return self._expanded(clause.text, built, fuzzy=True)
        return self._words(list(pieces(clause.text)), built)

    def _words(self, toks: list[Piece], built: Built) -> wq.Query | None:
        joined = [p for p in toks if p.joined]
        parts = [p for p in toks if not p.joined]
        weight = 1.0
        part_queries = []
        for p in parts:
            s = stem(p.text)
            built.stems.add(s)
            alternatives = [a for a in self.name_alternatives(p.text) if a != s]
            derived = [d for d in self.derived(s) if d not in alternatives]
            if alternatives or derived:
                built.stems.update(alternatives)
                built.stems.update(derived)
                for a in derived:
                    built.related.setdefault(a, s)
                part_queries.append(
                    wq.Or(
                        [
                            _multi(s, weight),
                            *(_multi(a, weight) for a in alternatives),
                            *(_multi(d, RELATED_BOOST) for d in derived),
                        ]
                    )
                )
            else:
                part_queries.append(_multi(s, weight))
        parts_q: wq.Query | None = None
        if part_queries:
            parts_q = part_queries[0] if len(part_queries) == 1 else wq.And(part_queries)
        if joined:
            alts: list[wq.Query] = []
            for j in joined:
                built.words.add(j.text)
                alts.append(_multi(j.text, 1.5))
            if parts_q is not None:
                alts.append(parts_q)
            return alts[0] if len(alts) == 1 else wq.Or(alts)
        return parts_q

    def _phrase(self, text: str, built: Built) -> wq.Query | None:
        toks = [p for p in pieces(text, stop=True) if not p.joined]
        if len(toks) <= 1:
            return self._words(list(pieces(text)), built)
        words = [stem(p.text) for p in toks]
        built.stems.update(words)
        gaps = max(b.pos - a.pos for a, b in itertools.pairwise(toks))
        slop = max(1, gaps)
        return wq.Phrase(TEXT, words, slop=slop)

    def _expanded(self, text: str, built: Built, *, fuzzy: bool) -> wq.Query | None:
        folded = fold(text).strip()
        if not folded:
            return None
        if fuzzy:
            stems = self.similar_terms(folded, limit=FUZZY_TERMS)
            own = stem(folded)
            if self.reader.doc_frequency(TEXT, own):
                stems.insert(0, own)
        else:
            stems = self.prefix_terms(folded, limit=PREFIX_TERMS)
        if not stems:
            return self._words(list(pieces(text)), built)
        built.stems.update(stems)
        queries = [_multi(s) for s in stems]
        return queries[0] if len(queries) == 1 else wq.Or(queries)

    def prefix_terms(self, prefix: str, limit: int, *, restem: bool = True) -> list[str]:
        """The most frequent indexed stems starting with `prefix` (a bounded scan).

        A Snowball stem is a prefix of its word, so "конкур*" finds the stem "конкурент"; a prefix
        longer than the stem ("конкурента*") is retried as its own stem unless `restem` is False.
        """
        found = self._scan_prefix(prefix)
        if not found and restem:
            short = stem(prefix)
            if short != prefix:
                found = self._scan_prefix(short)
        found.sort(key=lambda x: (-x[0], x[1]))
        return [w for _, w in found[:limit]]

    def _scan_prefix(self, prefix: str) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        try:
            for i, term in enumerate(self.reader.expand_prefix(TEXT, prefix)):
                if i >= PREFIX_SCAN:
                    break
                word = term.decode("utf-8") if isinstance(term, bytes) else term
                found.append((self.reader.doc_frequency(TEXT, word), word))
        except KeyError:
            return []
        return found

    def similar_terms(self, word: str, limit: int, maxdist: int | None = None) -> list[str]:
        """Indexed stems within 1-2 edits of `word`'s stem, most frequent first (first letter fixed)."""
        own = stem(word)
        if maxdist is None:
            maxdist = 1 if len(word) <= 5 else 2
        if len(own) < 3:
            return []
        key = (word, limit, maxdist)
        if key in self._similar:
            return self._similar[key]
        terms: set[str] = set()
        # Per segment: a segment reader walks a Levenshtein automaton over its term index, while
        # Whoosh's multi-segment reader falls back to comparing every term (seconds at 100k units).
        leaves = [r for r, _ in self.reader.leaf_readers()]
        for probe in {own, word}:  # the surface word too: "acros" is one edit from "across"
            for leaf in leaves:
                try:
                    found = leaf.terms_within(TEXT, probe, maxdist, prefix=1)
                    terms.update(t.decode("utf-8") if isinstance(t, bytes) else t for t in found)
                except KeyError:
                    continue
        words = sorted(terms)
        scored = sorted(
            ((self.reader.doc_frequency(TEXT, w), w) for w in words if w != own),
            key=lambda x: (-x[0], x[1]),
        )
        self._similar[key] = result = [w for _, w in scored[:limit]]
        return result

    # ------------------------------------------------------------- whole query

    def build(
        self, parsed: ParsedQuery, *, include_archived: bool = False, published_only: bool = False
    ) -> Built:
        built = Built(None, None, None, None)
        required: list[wq.Query] = []
        groups = parsed.groups
        i = 0
        plain = [_plain_stems(g) for g in groups]
        frame = {n for n, w in enumerate(plain) if w in FRAME_STEMS}
        if len(frame) == len(groups):
            frame = set()  # a query of frame words only keeps them all
        optional: list[wq.Query] = []
        while i < len(groups):
            if i in frame:
                q = self.word_query(groups[i][0], built)
                if q is not None:
                    optional.append(q)
                i += 1
                continue
            group = groups[i]
            synonym = self._synonym_at(plain, i)
            if synonym is not None:
                length, others = synonym
                own = [q for q in (self.word_query(g[0], built) for g in groups[i : i + length]) if q]
                alts: list[wq.Query] = [own[0] if len(own) == 1 else wq.And(own)] if own else []
                for term in others:
                    built.stems.update(term)
                    for t in term:
                        if t not in plain:  # a word typed in the query keeps its own score
                            built.related.setdefault(t, plain[i] or t)
                    if len(term) == 1:
                        alts.append(_multi(term[0], RELATED_BOOST))
                    else:
                        alts.append(wq.Phrase(TEXT, list(term), slop=2, boost=RELATED_BOOST))
                required.append(alts[0] if len(alts) == 1 else wq.Or(alts))
                i += length
                continue
            if i + 1 < len(groups) and _code_pair(group, groups[i + 1]):
                joined = normalise_code(group[0].text + groups[i + 1][0].text)
                head, tail = self.word_query(group[0], built), self.word_query(groups[i + 1][0], built)
                built.words.add(joined)
                parts = [q for q in (head, tail) if q is not None]
                required.append(wq.Or([_multi(joined, 2.0), wq.And(parts)]))
                i += 2
                continue
            alts = [q for q in (self.word_query(c, built) for c in group) if q is not None]
            if alts:
                required.append(alts[0] if len(alts) == 1 else wq.Or(alts))
            i += 1
        negatives = [
            q for q in (self.word_query(c, Built(None, None, None, None)) for c in parsed.negatives) if q
        ]
        if required:
            built.query = required[0] if len(required) == 1 else wq.And(required)
            if len(required) > 1:
                built.partial = wq.Or(required)
        elif parsed.filters:
            built.query = wq.Every()
        built.groups = list(required)
        built.optional = optional
        if built.query is not None and negatives:
            neg = negatives[0] if len(negatives) == 1 else wq.Or(negatives)
            built.query = wq.AndNot(built.query, neg)
            if built.partial is not None:
                built.partial = wq.AndNot(built.partial, neg)
            built.groups = [wq.AndNot(g, neg) for g in built.groups]
        built.filter = self._filters(parsed.filters)
        masks = []
        statuses = [fold(v) for v in parsed.filters.get("status", [])]
        if published_only or (not include_archived and "archived" not in statuses):
            masks.append(wq.Term("status", "archived"))
        excluded = self._filters(parsed.excluded_filters, any_of=True)
        if excluded is not None:
            masks.append(excluded)
        if masks:
            built.mask = masks[0] if len(masks) == 1 else wq.Or(masks)
        return built

    def _synonym_at(self, plain: list[str | None], i: int) -> tuple[int, list[tuple[str, ...]]] | None:
        """A synonym-list term made of the plain words from group i on: (words, the other terms)."""
        if self.synonyms is None or plain[i] is None:
            return None
        run: list[str] = []
        for word in plain[i:]:
            if word is None:
                break
            run.append(word)
        return self.synonyms.match(run, 0)

    def _filters(self, filters: dict[str, list[str]], *, any_of: bool = False) -> wq.Query | None:
        parts: list[wq.Query] = []
        for name, values in filters.items():
            alts: list[wq.Query] = []
            for value in values:
                alts.extend(self._filter_terms(name, value))
            if not alts:
                alts = [wq.NullQuery]
            parts.append(alts[0] if len(alts) == 1 else wq.Or(alts))
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        return wq.Or(parts) if any_of else wq.And(parts)

    def _filter_terms(self, name: str, value: str) -> list[wq.Query]:
        v = fold(value).strip()
        if name == "kind":
            v = KIND_ALIASES.get(v, v)
            if v in {k.value for k in ItemKind}:
                return [wq.Term("kind", v)]
            if v in {k.value for k in UnitKind}:
                return [wq.Term("unit", v)]
            return [wq.Term("kind", v)]
        if name == "lang":
            return [wq.Term("lang", LANG_ALIASES.get(v, v))]
        if name == "status":
            return [wq.Term("status", v)]
        return [wq.Term(name, t) for t in self.keyword_values(name, v)] or [wq.Term(name, v)]

    def keyword_values(self, name: str, value: str) -> list[str]:
        """Metadata values matching what was typed: exact (case-insensitive), else prefix or containment."""
        try:
            lexicon = [t.decode("utf-8") if isinstance(t, bytes) else t for t in self.reader.lexicon(name)]
        except KeyError:
            return []
        exact = [t for t in lexicon if fold(t) == value]
        if exact:
            return exact
        sv = _squash(value)
        found = [t for t in lexicon if sv and (_squash(t).startswith(sv) or sv in _squash(t))]
        if found or not sv:
            return found
        typed = [skeleton(p.text) for p in pieces(value) if not p.joined]
        return [  # the name typed in the other script: Strelets for Стрелец
            t
            for t in lexicon
            if typed
            and all(any(sounds_alike(a, skeleton(p.text)) for p in pieces(t) if not p.joined) for a in typed)
        ]
