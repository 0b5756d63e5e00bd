"""Language guess and battle-card section names, Russian and English.

Only the two languages the users search in matter, so the guess is a letter
count (Cyrillic vs Latin), not a model: cheap, deterministic and good enough
to pick the stemmer. Section names map the headings marketers actually write
in either language to typed `SectionType`s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from enablement.domain import SectionType

RU_SHARE = 0.7
EN_SHARE = 0.3
SAMPLE_CHARS = 200_000


def detect_language(texts: Iterable[str]) -> str:
    """'ru', 'en' or 'mixed', from the share of Cyrillic among Cyrillic+Latin letters.

    Text with no letters of either script counts as 'en' (the neutral analyzer).
    At most SAMPLE_CHARS characters are looked at.
    """
    cyrillic = latin = seen = 0
    for text in texts:
        if not text:
            continue
        text = text[: SAMPLE_CHARS - seen]
        seen += len(text)
        for ch in text:
            if ch.isalpha():
                code = ord(ch)
                if 0x400 <= code <= 0x4FF:
                    cyrillic += 1
                elif ch.isascii() or 0xC0 <= code <= 0x24F:
                    latin += 1
        if seen >= SAMPLE_CHARS:
            break
    total = cyrillic + latin
    if total == 0:
        return "en"
    share = cyrillic / total
    if share >= RU_SHARE:
        return "ru"
    if share <= EN_SHARE:
        return "en"
    return "mixed"


# Heading prefixes (normalised: lower case, "ё" -> "е", no numbering or punctuation).
_SECTION_NAMES: list[tuple[SectionType, tuple[str, ...]]] = [
    (SectionType.STRENGTHS, ("strengths", "their strengths", "competitor strengths", "сильные стороны")),
    (
        SectionType.WEAKNESSES,
        ("weaknesses", "their weaknesses", "слабые места", "слабые стороны", "недостатки"),
    ),
    (
        SectionType.HOW_WE_WIN,
        ("how we win", "how to win", "why we win", "как мы выигрываем", "как выигрывать", "как побеждать"),
    ),
    (
        SectionType.LANDMINES,
        (
            "landmines",
            "landmine questions",
            "trap questions",
            "вопросы-ловушки",
            "вопросы ловушки",
            "ловушки",
        ),
    ),
    (SectionType.OBJECTIONS, ("objections", "objection handling", "возражения", "работа с возражениями")),
    (SectionType.PRICING, ("pricing", "prices", "price", "цены", "ценообразование", "стоимость")),
    (SectionType.OVERVIEW, ("overview", "summary", "обзор", "общая информация", "кратко")),
]
BATTLECARD_SECTIONS = frozenset(
    {
        SectionType.STRENGTHS,
        SectionType.WEAKNESSES,
        SectionType.HOW_WE_WIN,
        SectionType.LANDMINES,
        SectionType.OBJECTIONS,
    }
)
_NUMBERING = re.compile(r"^[\W\d_]*(?:[ivx]+[.)]\s+)?", re.IGNORECASE)
_SPACES = re.compile(r"[\s_]+")


def normalise_heading(heading: str) -> str:
    text = heading.lower().replace("ё", "е").replace("\u2011", "-").replace("\u2013", "-")
    text = _NUMBERING.sub("", text)
    text = text.strip(" \t:.-–—*#!?)(")
    return _SPACES.sub(" ", text)


def section_type(heading: str) -> str:
    """The SectionType value for a heading, or '' for an ordinary heading."""
    name = normalise_heading(heading)
    if not name:
        return ""
    for typ, prefixes in _SECTION_NAMES:
        for prefix in prefixes:
            if name == prefix or (name.startswith(prefix) and not name[len(prefix)].isalnum()):
                return typ.value
    return ""


def is_battlecard(section_types: Iterable[str]) -> bool:
    """A document reads as a battle card when it has a competitive section."""
    return any(t in BATTLECARD_SECTIONS for t in section_types)


_CARD_TITLE = re.compile(
    r"^\s*(?:battle\s*-?\s*card|competitive\s+card|боевая\s+карточка|батл\s*-?\s*карта|карточка\s+конкурента)"
    r"\s*[:\-—–]\s*(?P<name>.+?)\s*$",
    re.IGNORECASE,
)


def competitor_from_title(title: str) -> str:
    """'Battle card: Acme Corp' / 'Боевая карточка: Umbrella IT' -> the competitor's name, else ''."""
    match = _CARD_TITLE.match(title)
    return match.group("name") if match else ""


_GENERIC_TITLE = re.compile(
    r"^(?:microsoft (?:word|powerpoint|excel) - .*|untitled\d*|\(anonymous\)|без названия"
    r"|(?:document|документ|book|книга|presentation|презентация|slide|слайд)\s*\d*"
    r"|powerpoint presentation|презентация powerpoint|title|заголовок|заголовок слайда|click to add title"
    r"|.*\.(?:pdf|docx?|pptx?|xlsx?|txt|pages|indd|tex|dvi))$",
    re.IGNORECASE,
)


def useful_title(title: str) -> str:
    """`title` unless it is a producer's placeholder ("Document1", "Microsoft Word - x.doc", "Книга1")."""
    title = " ".join(title.split())
    if not title or len(title) > 300 or _GENERIC_TITLE.match(title):
        return ""
    return title
