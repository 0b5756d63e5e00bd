"""The "selling, not pretty" rules: what a seller stumbles over on a deck, slide by slide.

Each rule is a small function `rule(deck, facts) -> Iterator[Finding]`, named for what it
catches, with a docstring saying why a seller cares. They read plain data only (`DeckSlides`
and `LibraryFacts`), so they run the same on a library item, a file on disk and a test's deck.
`RULES` lists them in the order a marketer fixes them: what loses a deal first.

Every rule reads Russian and English: words are folded (lowercase, ё→е) and matched by stem
prefixes ("свяж" finds «свяжитесь» and «свяжемся»), competitor names by stem or sound-alike
key (Стрельца, Стрелец and Strelets are one competitor). A finding's sentence is a
`Message` (enablement.messages): the CLI prints it in English, the app translates it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.search.analysis import fold, normalise_code, pieces, skeleton, stem

__all__ = [
    "RULES",
    "DeckSlides",
    "Finding",
    "LibraryFacts",
    "Severity",
    "SlideText",
    "code_family",
    "find_codes",
    "normalised",
]

EVIDENCE_CHARS = 120
LAST_SLIDES_FOR_CTA = 2
FEW_WORDS = 8  # a slide with fewer words than this and no notes leaves the seller nothing to say


class Severity(StrEnum):
    """How much a finding costs a seller: ERROR loses deals, WARNING weakens, INFO is a nudge."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class SlideText:
    """What a rule sees of one slide: its title, body, speaker notes and whether it is hidden."""

    number: int
    heading: str = ""
    text: str = ""
    notes: str = ""
    hidden: bool = False

    @property
    def shown(self) -> str:
        """What the audience reads: title and body (not the notes)."""
        return f"{self.heading}\n{self.text}".strip()

    @property
    def everything(self) -> str:
        """What the seller has: title, body and notes."""
        return f"{self.shown}\n{self.notes}".strip()


@dataclass(frozen=True, slots=True)
class DeckSlides:
    """A deck to check: its title, slides in order and the competitors its metadata names."""

    title: str
    slides: tuple[SlideText, ...]
    competitors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LibraryFacts:
    """What the library knows that a rule compares the deck with.

    Attributes:
        today: the day "older than N years" counts from.
        max_age_years: a year older than today's year minus this is stale.
        competitors: competitor names the library knows (every item's competitor metadata).
        catalog_codes: product codes of the library's catalogs, normalised (`px200`).
    """

    today: date
    max_age_years: int = 2
    competitors: tuple[str, ...] = ()
    catalog_codes: frozenset[str] = field(default_factory=frozenset)

    @property
    def code_families(self) -> frozenset[str]:
        return frozenset(filter(None, map(code_family, self.catalog_codes)))


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to fix: which rule, how bad, where, the sentence, and the words that show it.

    Attributes:
        rule: the rule's id (`pricing-without-number`), stable for scripts and the UI.
        severity: how much it costs a seller.
        slide: the slide's number, or None for the deck as a whole.
        message: the translatable sentence (a template and its arguments).
        evidence: a short excerpt of the slide's text that shows the problem ("" if none).
    """

    rule: str
    severity: Severity
    slide: int | None
    message: Message
    evidence: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "slide": self.slide,
            "message": str(self.message),
            "template": self.message.template,
            "args": {k: v if isinstance(v, int | float) else str(v) for k, v in self.message.args.items()},
            "evidence": self.evidence,
        }


Rule = Callable[[DeckSlides, LibraryFacts], Iterator[Finding]]


# ---------------------------------------------------------------- text helpers


def _words(*stems: str) -> re.Pattern[str]:
    """A pattern for words starting with any of `stems` (folded text, word boundary before)."""
    return re.compile(r"(?<![\w])(?:" + "|".join(stems) + r")", re.IGNORECASE)


_PRICE_WORDS = _words(
    r"price", r"pricing", r"cost\b", r"costs\b", r"tariff", r"rate card",
    r"цен[аыуеойн]", r"цен\b", r"стоимост", r"тариф", r"прайс", r"расценк",
)  # fmt: skip
_FREE_WORDS = _words(r"free\b", r"бесплатн")
# A year standing alone or ending a date (2021, 15.03.2021, 2019–2021), not inside a code
# (GX-2019), a decimal (1,2021) or a quantity ("2000 ₽", "2048 GB": see _UNIT_AFTER).
_YEAR = re.compile(r"(?<![\w,])(?<![^\W\d_][-.])(?:19[89]\d|20\d\d)(?!\w|[.,]\d)")
_UNIT_AFTER = re.compile(
    r"\s?(?:₽|\$|€|%|руб|р\.|тыс|млн|шт|гб|тб|мб|вт|мм|кг|rub|usd|eur|gb|tb|mb|w\b|mm|kg|pcs)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_CTA_WORDS = _words(
    r"свяж", r"связать", r"закаж", r"заказ", r"следующ\w* шаг", r"запиш", r"записат", r"заявк",
    r"позвон", r"звонит", r"напиш", r"пишите", r"контакт", r"демо", r"пилот", r"запросит",
    r"обсуд", r"тест-драйв", r"попробу", r"встреч", r"оформ", r"купит", r"приобрест",
    r"next step", r"contact", r"get in touch", r"book", r"schedule", r"call us", r"email us",
    r"e-mail us", r"request (?:a|an|your)\b", r"sign up", r"trial", r"pilot", r"let'?s talk", r"reach out",
    r"order", r"buy\b", r"demo", r"meeting", r"questions\?",
)  # fmt: skip
_CONTACT = re.compile(r"https?://|www\.|\S+@\S+\.\w+|\+?\d[\d\s()-]{8,}\d")
_PROOF_WORDS = _words(
    r"кейс", r"клиент", r"заказчик", r"внедрен", r"отзыв", r"источник", r"исследован", r"пример",
    r"case", r"customer", r"client", r"reference", r"testimonial", r"source", r"study", r"deployed",
    r"benchmark", r"тест",
)  # fmt: skip
# A product code: a short upper-case family, a dash or not, a model number, a short suffix:
# OD30, K-300R, PX-200, NW-48T, LIC-NW500-L3. The families are Latin or Cyrillic capitals.
_CODE = re.compile(
    r"(?<![\w-])[A-ZА-ЯЁ]{1,5}(?:-[A-ZА-ЯЁ]{1,5})*-?\d{2,5}[A-ZА-ЯЁ]{0,3}(?:-[A-Z0-9]{1,4})*(?![\w-])"
)
_FAMILY = re.compile(r"^[^\W\d_]+")
_NORMALISE = re.compile(r"[^\w]+")
_VOWELS = re.compile(r"(?<=.)[aeiou]")
_SINCE = re.compile(
    r"(?:основан\w*|создан\w*|на рынке с|работаем с|founded|since|established|est\.)(?:\s+(?:в|in))?\s*$"
)


def find_codes(text: str) -> list[str]:
    """Product-code-looking tokens of `text`, as written (`PX-200`, `OD30`, `K-300R`)."""
    return _CODE.findall(text)


def code_family(code: str) -> str:
    """The letters a code starts with, folded: `PX-200` -> `px`, `lic-nw500` -> `lic`."""
    found = _FAMILY.match(normalise_code(code))
    return found.group() if found else ""


def excerpt(text: str, start: int = 0, end: int | None = None) -> str:
    """About EVIDENCE_CHARS of `text` on one line, around [start, end) when given."""
    flat = " ".join(text.split())
    if end is None:
        return flat if len(flat) <= EVIDENCE_CHARS else flat[: EVIDENCE_CHARS - 1] + "…"
    # Positions refer to `text`; find the matched words again in the flattened text.
    found = " ".join(text[start:end].split())
    at = flat.find(found)
    if at < 0:
        return excerpt(text)
    lead = max(0, at - (EVIDENCE_CHARS - len(found)) // 2)
    piece = flat[lead : lead + EVIDENCE_CHARS]
    return ("…" if lead else "") + piece + ("…" if lead + EVIDENCE_CHARS < len(flat) else "")


def normalised(text: str) -> str:
    """Folded words only: two slides with this equal say the same thing."""
    return " ".join(_NORMALISE.sub(" ", fold(text)).split())


def years(text: str) -> Iterator[re.Match[str]]:
    """The years `text` mentions (not quantities such as "2000 ₽" or "2048 GB")."""
    for m in _YEAR.finditer(text):
        if not _UNIT_AFTER.match(text, m.end()):
            yield m


def _history(text: str, at: int) -> bool:
    """A year that tells history, not age: «основана в 2011», "since 2009", «на рынке с 2005»."""
    return _SINCE.search(fold(text[max(0, at - 30) : at])) is not None


def _without_codes_and_years(text: str) -> str:
    """Digits that prove something: product codes and years are not evidence."""
    text = _CODE.sub(" ", text)
    for m in reversed(list(years(text))):
        text = text[: m.start()] + " " + text[m.end() :]
    return text


def _has_number(text: str) -> bool:
    return _DIGIT.search(_without_codes_and_years(text)) is not None


# ---------------------------------------------------------------- competitor names


def _token_keys(text: str) -> list[tuple[str, str]]:
    """(stem, sound-alike key) of each word of `text`, compound parts included."""
    return [(stem(p.text), skeleton(p.text)) for p in pieces(text, stop=False) if not p.joined]


def _same_word(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """One word in two scripts or cases: equal stems, equal or prefix sound-alike keys.

    «Стрельца» and «Strelets» give keys `strelk` and `strelek` (a fleeting vowel), so keys are
    also compared without vowels; «Телеком» gives `telek`, a prefix of `telekom`.
    """
    if a[0] == b[0] or a[1] == b[1]:
        return True
    ka, kb = a[1], b[1]
    if min(len(ka), len(kb)) >= 4 and (ka.startswith(kb) or kb.startswith(ka)):
        return True
    return min(len(ka), len(kb)) >= 3 and _VOWELS.sub("", ka) == _VOWELS.sub("", kb)


def named_competitors(text: str, names: Iterable[str]) -> list[tuple[str, str]]:
    """(name, words as written) for each competitor of `names` that `text` mentions."""
    spans = [p for p in pieces(text, stop=False) if not p.joined]
    keys = [(stem(p.text), skeleton(p.text)) for p in spans]
    found: list[tuple[str, str]] = []
    for name in dict.fromkeys(n for n in names if n.strip()):
        want = _token_keys(name)
        if not want:
            continue
        for i in range(len(keys) - len(want) + 1):
            if all(_same_word(keys[i + j], want[j]) for j in range(len(want))):
                found.append((name, text[spans[i].start : spans[i + len(want) - 1].end]))
                break
    return found


# ---------------------------------------------------------------- the rules


def pricing_slide_without_number(deck: DeckSlides, facts: LibraryFacts) -> Iterator[Finding]:
    """A slide titled price/цена/стоимость/тариф that shows no number.

    The buyer turned to the pricing slide to learn a price; «по запросу» or a list of
    options without a figure sends the seller back to the office, and the deal waits.
    """
    for slide in deck.slides:
        # The title says what the slide is about; without a title, its first line does.
        topic = slide.heading.strip() or slide.text.strip().split("\n", 1)[0]
        if not _PRICE_WORDS.search(fold(topic)):
            continue
        if _has_number(slide.shown) or _FREE_WORDS.search(fold(_without_codes_and_years(slide.shown))):
            continue
        yield Finding(
            "pricing-without-number",
            Severity.ERROR,
            slide.number,
            Message(QT_TRANSLATE_NOOP("Messages", "A pricing slide with no price or number on it.")),
            excerpt(slide.shown),
        )


def no_call_to_action(deck: DeckSlides, facts: LibraryFacts) -> Iterator[Finding]:
    """None of the last slides asks for the next step (contact, demo, order, следующие шаги).

    A deck that ends on «Спасибо» leaves the buyer with nothing to do; the close is the
    seller's job, and the slide should prompt it.
    """
    shown = [s for s in deck.slides if not s.hidden] or list(deck.slides)
    last = shown[-LAST_SLIDES_FOR_CTA:]
    if not last:
        return
    for slide in last:
        if _CTA_WORDS.search(fold(slide.shown)) or _CONTACT.search(slide.shown):
            return
    yield Finding(
        "no-call-to-action",
        Severity.ERROR,
        last[-1].number,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "No call to action on the last {count} slides (next steps, contact, a demo, an order).",
            ),
            {"count": len(last)},
        ),
        excerpt(last[-1].shown),
    )


def competitor_without_proof(deck: DeckSlides, facts: LibraryFacts) -> Iterator[Finding]:
    """A slide names a competitor but gives no proof point (a number, %, a customer, a source).

    A claim against a competitor without proof is the first thing the buyer's other vendor
    will rebut; a figure, a case or a source is what survives the conversation.
    """
    names = (*deck.competitors, *facts.competitors)
    for slide in deck.slides:
        named = named_competitors(slide.shown, names)
        if not named:
            continue
        text = slide.shown
        if _has_number(text) or "%" in text or _PROOF_WORDS.search(fold(text)):
            continue
        name, written = named[0]
        at = text.find(written)
        yield Finding(
            "competitor-without-proof",
            Severity.WARNING,
            slide.number,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Names {competitor} without a proof point (a number, %, a customer, a case or a source).",
                ),
                {"competitor": name},
            ),
            excerpt(text, at, at + len(written)),
        )


def stale_year(deck: DeckSlides, facts: LibraryFacts) -> Iterator[Finding]:
    """A year older than the threshold in a slide's text or notes (a date, a price list, a case).

    «Цены 2021 года» or a 2020 benchmark makes the buyer doubt every other figure on the
    deck; the seller should not have to apologise for the material.
    """
    oldest_allowed = facts.today.year - facts.max_age_years
    for slide in deck.slides:
        text = slide.everything
        old = [m for m in years(text) if int(m.group()) < oldest_allowed and not _history(text, m.start())]
        if not old:
            continue
        first = min(old, key=lambda m: int(m.group()))
        is_price = _PRICE_WORDS.search(fold(text)) is not None
        template = (
            QT_TRANSLATE_NOOP("Messages", "A price slide dated {year}, more than {years} years ago.")
            if is_price
            else QT_TRANSLATE_NOOP("Messages", "Mentions {year}, more than {years} years ago.")
        )
        yield Finding(
            "stale-date",
            Severity.WARNING,
            slide.number,
            Message(template, {"year": int(first.group()), "years": facts.max_age_years}),
            excerpt(text, first.start(), first.end()),
        )


def unknown_product_code(deck: DeckSlides, facts: LibraryFacts) -> Iterator[Finding]:
    """A product code of one of our families (PX-…, NW-…) that no catalog row has.

    A typo, a discontinued model or a code from an old price list ends in a quote the
    factory cannot fill. Codes of families no catalog uses (a competitor's GX-4800) are
    not ours to check. Without a catalog in the library the rule has nothing to compare.
    """
    if not facts.catalog_codes:
        return
    families = facts.code_families
    for slide in deck.slides:
        text = slide.everything
        unknown: dict[str, int] = {}
        for m in _CODE.finditer(text):
            code = m.group()
            if code_family(code) in families and normalise_code(code) not in facts.catalog_codes:
                unknown.setdefault(code, m.start())
        if not unknown:
            continue
        first, at = next(iter(unknown.items()))
        yield Finding(
            "unknown-product-code",
            Severity.ERROR,
            slide.number,
            Message(
                QT_TRANSLATE_NOOP("Messages", "Product codes in no catalog of the library: {codes}."),
                {"codes": ", ".join(unknown)},
            ),
            excerpt(text, at, at + len(first)),
        )


def nothing_to_say(deck: DeckSlides, facts: LibraryFacts) -> Iterator[Finding]:
    """A shown slide with no speaker notes and hardly any text.

    A picture or a slogan on its own leaves a new seller without words; notes are where
    marketing tells them what to say while the slide is up.
    """
    for slide in deck.slides:
        if slide.hidden or slide.notes.strip():
            continue
        count = len(slide.shown.split())
        if count >= FEW_WORDS:
            continue
        yield Finding(
            "nothing-to-say",
            Severity.INFO,
            slide.number,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "No speaker notes and only {words} words: nothing for the seller to say."
                ),
                {"words": count},
            ),
            excerpt(slide.shown),
        )


def duplicated_slide(deck: DeckSlides, facts: LibraryFacts) -> Iterator[Finding]:
    """A slide whose text repeats an earlier slide of the same deck.

    The audience notices the repeat and the deck looks unedited; usually one copy is stale.
    """
    first_seen: dict[str, int] = {}
    for slide in deck.slides:
        key = normalised(slide.shown)
        if not key:
            continue
        earlier = first_seen.setdefault(key, slide.number)
        if earlier == slide.number:
            continue
        yield Finding(
            "duplicated-slide",
            Severity.WARNING,
            slide.number,
            Message(
                QT_TRANSLATE_NOOP("Messages", "Repeats slide {first} word for word."), {"first": earlier}
            ),
            excerpt(slide.shown),
        )


RULES: tuple[Rule, ...] = (
    pricing_slide_without_number,
    no_call_to_action,
    unknown_product_code,
    competitor_without_proof,
    stale_year,
    duplicated_slide,
    nothing_to_say,
)
