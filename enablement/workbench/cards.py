"""Battle cards as typed data: the form the editor fills in, written as the Markdown the importer reads.

Why Markdown and not a table of its own: a card a marketer writes in the app and a card someone
imported from a `.md` file must be the same thing (issue 12), so the editor's output is exactly
the format `enablement.ingest.markdown` reads as a battle card: YAML front matter (title,
competitors, products, tags, owner, review_by, language) and one `##` heading per typed section,
named in the card's language (the names `enablement.ingest.language` recognises). Saving is an
ordinary import of that text as a new version (`enablement.workbench.card_library`).

Sections hold bullet texts; objections hold question/answer pairs. A section that is `None` is not
in the card; an empty list is a heading with nothing under it yet (a template), which validation
refuses. What the model has no field for (an untyped heading such as "Частые ошибки") is kept
verbatim in `extra`, so opening and saving a card loses nothing.

A card read from Markdown remembers each typed section as written (`SectionSource`): a section the
user did not edit is written back byte for byte under its own heading, so re-saving an imported
card changes only what was edited (a plain paragraph stays a paragraph, soft line breaks stay, and
the version diff shows no change there). A section whose source was paragraphs and no list stays
paragraphs when edited.

`BattleCard.from_markdown(card.to_markdown()) == card` for every card (round trip).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from enablement.domain import ExtractedDoc, SectionType
from enablement.ingest.language import section_type
from enablement.ingest.markdown import extract_markdown, split_front_matter, split_sections
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.workbench.card_text import BULLET, bullets_md, is_prose, paragraphs, parse_bullets

__all__ = [
    "BULLET_SECTIONS",
    "SECTION_ORDER",
    "BattleCard",
    "CardProblem",
    "ExtraSection",
    "Objection",
    "SectionSource",
    "default_title",
    "section_heading",
]

# The typed sections in the order a card shows them; objections are pairs, the rest bullets.
SECTION_ORDER: tuple[str, ...] = (
    SectionType.STRENGTHS.value,
    SectionType.WEAKNESSES.value,
    SectionType.HOW_WE_WIN.value,
    SectionType.LANDMINES.value,
    SectionType.OBJECTIONS.value,
    SectionType.PRICING.value,
)
BULLET_SECTIONS: tuple[str, ...] = tuple(s for s in SECTION_ORDER if s != SectionType.OBJECTIONS.value)

# Headings written for each section, per card language (each is one the importer recognises).
_HEADINGS = {
    "ru": {
        "overview": "Обзор",
        "strengths": "Сильные стороны",
        "weaknesses": "Слабые места",
        "how_we_win": "Как мы выигрываем",
        "landmines": "Вопросы-ловушки",
        "objections": "Возражения",
        "pricing": "Цены",
    },
    "en": {
        "overview": "Overview",
        "strengths": "Strengths",
        "weaknesses": "Weaknesses",
        "how_we_win": "How we win",
        "landmines": "Landmines",
        "objections": "Objections",
        "pricing": "Pricing",
    },
}
_QA_LABELS = {"ru": ("Возражение", "Ответ"), "en": ("Objection", "Answer")}
_EMPH = r"(?:\*\*|__)?"
_QUESTION = re.compile(
    rf"^{_EMPH}(?:objection|возражение|вопрос|q){_EMPH}\s*[:—–-]\s*{_EMPH}\s*(.*)$", re.IGNORECASE
)
_ANSWER = re.compile(rf"^{_EMPH}(?:answer|ответ|a){_EMPH}\s*[:—–-]\s*{_EMPH}\s*(.*)$", re.IGNORECASE)
_PLAIN_SCALAR = re.compile(r"^[\w\u0400-\u04ff][\w\u0400-\u04ff .+/#&-]*$")


def section_heading(section: str, language: str) -> str:
    """The heading a card in `language` gives `section` (Russian for "ru", English otherwise)."""
    return _HEADINGS["ru" if language == "ru" else "en"][section]


def default_title(competitor: str, language: str) -> str:
    """The title of a card that was given none: "Globex: боевая карточка" / "Globex battle card"."""
    name = competitor.strip() or "?"
    return f"{name}: боевая карточка" if language == "ru" else f"{name} battle card"


@dataclass(frozen=True)
class Objection:
    """A customer's objection and the seller's answer."""

    question: str
    answer: str = ""

    def to_json(self) -> dict[str, str]:
        return {"question": self.question, "answer": self.answer}


@dataclass(frozen=True)
class ExtraSection:
    """A heading the card model has no field for, kept with its Markdown body as written."""

    heading: str
    body: str

    def to_json(self) -> dict[str, str]:
        return {"heading": self.heading, "body": self.body}


@dataclass(frozen=True)
class SectionSource:
    """A typed section as the Markdown it was read from had it.

    Attributes:
        heading: the heading as written.
        body: the section's text as written (without surrounding blank lines).
        value: what the model read from it (compared, cleaned, with the card's current value).
        language: the card's language when it was read (a changed language writes new headings).
        prose: the section was paragraphs (or tables) and no list, so edits stay paragraphs.
    """

    heading: str
    body: str
    value: Any
    language: str
    prose: bool = False


@dataclass(frozen=True)
class CardProblem:
    """Why a card cannot be saved yet. `field` names the part to fix ("competitor", a section key,
    "card" for the whole card); `message` says what, in words the UI translates."""

    field: str
    message: Message

    def to_json(self) -> dict[str, str]:
        return {"field": self.field, "message": str(self.message)}


@dataclass
class BattleCard:
    """One battle card as the editor holds it.

    Attributes:
        competitor: the competitor the card is about (required to save).
        title: the card's title; empty means `default_title`.
        products: product codes or names the card is about.
        tags: free tags.
        owner: who keeps the card current.
        review_by: when the card needs checking again.
        language: "ru" or "en" (section headings are written in it); "mixed" writes English.
        other_competitors: further competitors the card names (front matter lists them after the
            first).
        overview: free text before the typed sections; None when the card has no overview.
        strengths, weaknesses, how_we_win, landmines, pricing: bullet texts; None when the card
            has no such section, [] for a heading with nothing under it.
        objections: question/answer pairs; None when the card has no objections section.
        extra: sections under headings the model has no field for, kept verbatim.
        sources: the typed sections as read from Markdown (`SectionSource`), by section key
            ("overview", a `SECTION_ORDER` key); not part of the card's value (equality ignores it).
    """

    competitor: str = ""
    title: str = ""
    products: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    owner: str = ""
    review_by: dt.date | None = None
    language: str = "ru"
    other_competitors: list[str] = field(default_factory=list)
    overview: str | None = None
    strengths: list[str] | None = None
    weaknesses: list[str] | None = None
    how_we_win: list[str] | None = None
    landmines: list[str] | None = None
    objections: list[Objection] | None = None
    pricing: list[str] | None = None
    extra: list[ExtraSection] = field(default_factory=list)
    sources: dict[str, SectionSource] = field(default_factory=dict, compare=False, repr=False)

    # ------------------------------------------------------------------ access

    def bullets(self, section: str) -> list[str] | None:
        """The bullets of a bullet section (`BULLET_SECTIONS`), None when absent."""
        if section not in BULLET_SECTIONS:
            raise ValueError(f"not a bullet section: {section}")
        value: list[str] | None = getattr(self, section)
        return value

    def with_bullets(self, section: str, bullets: list[str] | None) -> BattleCard:
        """A copy with `section`'s bullets replaced."""
        self.bullets(section)  # checks the name
        changes: dict[str, Any] = {section: bullets}
        return dataclasses.replace(self, **changes)

    @property
    def effective_title(self) -> str:
        return self.title.strip() or default_title(self.competitor, self.language)

    @property
    def competitors(self) -> list[str]:
        """The front matter's competitor list: the card's competitor first."""
        names = [self.competitor.strip(), *(c.strip() for c in self.other_competitors)]
        return list(dict.fromkeys(n for n in names if n))

    # ------------------------------------------------------------------ validation

    def problems(self) -> list[CardProblem]:
        """Everything that stops the card from being saved, in the order the editor shows fields."""
        found: list[CardProblem] = []
        if not self.competitor.strip():
            found.append(
                CardProblem(
                    "competitor",
                    Message(QT_TRANSLATE_NOOP("Messages", "Name the competitor this battle card is about.")),
                )
            )
        if not self._has_text():
            found.append(
                CardProblem(
                    "card",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "The battle card is empty: write at least one section "
                            "(strengths, weaknesses, how we win, …).",
                        )
                    ),
                )
            )
            return found
        if self.overview is not None and not self.overview.strip():
            found.append(_empty_section("overview", self.language))
        for section in SECTION_ORDER:
            if section == SectionType.OBJECTIONS.value:
                pairs = self.objections
                if pairs is None:
                    continue
                if not any(p.question.strip() for p in pairs):
                    found.append(_empty_section(section, self.language))
                for number, pair in enumerate(pairs, start=1):
                    if pair.question.strip() and not pair.answer.strip():
                        found.append(
                            CardProblem(
                                section,
                                Message(
                                    QT_TRANSLATE_NOOP(
                                        "Messages",
                                        "Objection {number} (“{question}”) has no answer yet: write "
                                        "the answer or remove the objection.",
                                    ),
                                    {"number": number, "question": _clip(pair.question, 60)},
                                ),
                            )
                        )
                    elif pair.answer.strip() and not pair.question.strip():
                        found.append(
                            CardProblem(
                                section,
                                Message(
                                    QT_TRANSLATE_NOOP(
                                        "Messages",
                                        "Answer {number} has no objection: write what the customer "
                                        "says, or remove the answer.",
                                    ),
                                    {"number": number},
                                ),
                            )
                        )
                continue
            bullets = self.bullets(section)
            if bullets is not None and not any(b.strip() for b in bullets):
                found.append(_empty_section(section, self.language))
        return found

    def _has_text(self) -> bool:
        if self.overview and self.overview.strip():
            return True
        if any(b.strip() for s in BULLET_SECTIONS for b in (self.bullets(s) or [])):
            return True
        if any(p.question.strip() or p.answer.strip() for p in self.objections or []):
            return True
        return any(x.body.strip() for x in self.extra)

    def cleaned(self) -> BattleCard:
        """A copy without blank bullets and blank objection pairs, names trimmed (what is saved)."""
        changes: dict[str, Any] = {
            "competitor": self.competitor.strip(),
            "title": self.title.strip(),
            "owner": self.owner.strip(),
            "products": _unique(self.products),
            "tags": _unique(self.tags),
            "other_competitors": _unique(self.other_competitors),
        }
        for section in BULLET_SECTIONS:
            bullets = self.bullets(section)
            if bullets is not None:
                changes[section] = [b for b in (_clean_bullet(b) for b in bullets) if b]
        if self.objections is not None:
            changes["objections"] = [
                Objection(" ".join(p.question.split()), " ".join(p.answer.split()))
                for p in self.objections
                if p.question.strip() or p.answer.strip()
            ]
        if self.overview is not None:
            changes["overview"] = self.overview.strip()
        return dataclasses.replace(self, **changes)

    # ------------------------------------------------------------------ Markdown

    def to_markdown(self) -> str:
        """The card as front-matter Markdown, the format the importer reads as a battle card."""
        lines = ["---", f"title: {_yaml_scalar(self.effective_title)}"]
        if self.competitors:
            lines.append(f"competitors: {_yaml_list(self.competitors)}")
        if self.products:
            lines.append(f"products: {_yaml_list(self.products)}")
        if self.tags:
            lines.append(f"tags: {_yaml_list(self.tags)}")
        if self.review_by is not None:
            lines.append(f"review_by: {self.review_by.isoformat()}")
        if self.language:
            lines.append(f"language: {_yaml_scalar(self.language)}")
        if self.owner.strip():
            lines.append(f"owner: {_yaml_scalar(self.owner.strip())}")
        lines.append("---")
        for heading, body in self._sections():
            lines.extend(["", f"## {heading}", ""])
            if body:
                lines.append(body)
        return "\n".join(lines).rstrip("\n") + "\n"

    def _sections(self) -> Iterator[tuple[str, str]]:
        if self.overview is not None:
            yield self._section("overview", self.overview, self.overview.strip())
        for section in SECTION_ORDER:
            if section == SectionType.OBJECTIONS.value:
                if self.objections is not None:
                    body = _objections_md(self.objections, self.language)
                    yield self._section(section, self.objections, body)
                continue
            bullets = self.bullets(section)
            if bullets is not None:
                source = self.sources.get(section)
                prose = source is not None and source.prose
                yield self._section(section, bullets, bullets_md(bullets, prose=prose))
        for extra in self.extra:
            yield extra.heading, extra.body.strip("\n")

    def _section(self, section: str, value: Any, rendered: str) -> tuple[str, str]:
        """The heading and body `section` is written with: as read when the user left it as it was
        (so an unedited section saves byte for byte), else rendered from the model."""
        source = self.sources.get(section)
        same_language = source is not None and source.language == self.language
        heading = source.heading if source is not None and same_language else None
        heading = heading or section_heading(section, self.language)
        if source is not None and _normal(section, source.value) == _normal(section, value):
            return heading, source.body
        return heading, rendered

    @classmethod
    def from_markdown(cls, text: str) -> BattleCard:
        """Read a battle card from front-matter Markdown (an imported file or `to_markdown`'s text).

        Headings are recognised the way the importer recognises them, in Russian or English;
        a level-1 heading is the title when the front matter has none; anything else is kept
        in `extra`.
        """
        warnings: list[str] = []
        meta, body = split_front_matter(text.replace("\r\n", "\n"), warnings)
        competitors = [str(c) for c in meta.get("competitors", [])]
        review = meta.get("review_by")
        card = cls(
            competitor=competitors[0] if competitors else "",
            title=str(meta.get("title") or ""),
            products=[str(p) for p in meta.get("products", [])],
            tags=[str(t) for t in meta.get("tags", [])],
            owner=str(meta.get("owner") or ""),
            review_by=review if isinstance(review, dt.date) else None,
            language=str(meta.get("language") or ""),
            other_competitors=competitors[1:],
        )
        fields: dict[str, Any] = {}
        raws: dict[str, tuple[str, str]] = {}
        extra: list[ExtraSection] = []
        for level, heading, raw in split_sections(body):
            typ = section_type(heading) if level else ""
            if level == 1 and (not card.title or heading == card.title):
                card.title = card.title or heading  # the card's title, its text an overview
                if raw.strip():
                    fields.setdefault("overview", paragraphs(raw))
                continue
            if not level:
                if raw.strip():  # text before the first heading: the overview
                    fields.setdefault("overview", paragraphs(raw))
                continue
            if typ == "overview" and "overview" not in fields:
                fields["overview"] = paragraphs(raw)
                raws["overview"] = (heading, raw)
            elif typ == SectionType.OBJECTIONS.value and "objections" not in fields:
                fields["objections"] = _parse_objections(raw)
                raws[typ] = (heading, raw)
            elif typ in BULLET_SECTIONS and typ not in fields:
                fields[typ] = parse_bullets(raw)
                raws[typ] = (heading, raw)
            else:
                extra.append(ExtraSection(heading, raw.strip("\n")))
        if not card.language:
            card.language = "ru" if re.search("[а-яё]", body, re.IGNORECASE) else "en"
        if card.title == default_title(card.competitor, card.language):
            card.title = ""  # a default title follows the competitor, as it did when written
        sources = {
            key: SectionSource(
                heading, raw.strip("\n"), fields[key], card.language, key in BULLET_SECTIONS and is_prose(raw)
            )
            for key, (heading, raw) in raws.items()
        }
        return dataclasses.replace(card, extra=extra, sources=sources, **fields)

    def extracted(self) -> ExtractedDoc:
        """What importing this card stores: the units sellers see in the preview (a live preview)."""
        return extract_markdown(self.to_markdown(), fallback_title=self.effective_title)

    # ------------------------------------------------------------------ JSON

    def to_json(self) -> dict[str, Any]:
        return {
            "competitor": self.competitor,
            "title": self.effective_title,
            "products": list(self.products),
            "tags": list(self.tags),
            "owner": self.owner,
            "review_by": self.review_by.isoformat() if self.review_by else None,
            "language": self.language,
            "other_competitors": list(self.other_competitors),
            "overview": self.overview,
            **{s: self.bullets(s) for s in BULLET_SECTIONS},
            "objections": None if self.objections is None else [o.to_json() for o in self.objections],
            "extra": [x.to_json() for x in self.extra],
        }


# ---------------------------------------------------------------------- helpers


def _empty_section(section: str, language: str) -> CardProblem:
    return CardProblem(
        section,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "The section “{section}” is empty: fill it in or remove it from the card."
            ),
            {"section": section_heading(section, language)},
        ),
    )


def _clean_bullet(text: str) -> str:
    """One line of text, except a table, which keeps its rows."""
    if text.lstrip().startswith("|"):
        return "\n".join(line.strip() for line in text.strip().split("\n") if line.strip())
    return " ".join(text.split())


def _normal(section: str, value: Any) -> Any:
    """`value` as `BattleCard.cleaned` would save it, to tell an edited section from an unedited one."""
    if section == "overview":
        return " ".join(str(value).split())
    if section == SectionType.OBJECTIONS.value:
        return [
            (" ".join(p.question.split()), " ".join(p.answer.split()))
            for p in value
            if p.question.strip() or p.answer.strip()
        ]
    return [b for b in (_clean_bullet(b) for b in value) if b]


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))


def _yaml_scalar(value: str) -> str:
    """A YAML scalar: bare when it reads back as the same string, else double-quoted (JSON is YAML)."""
    if _PLAIN_SCALAR.match(value) and not value.endswith(" "):
        try:
            if yaml.safe_load(value) == value:
                return value
        except yaml.YAMLError:
            pass
    return json.dumps(value, ensure_ascii=False)


def _yaml_list(values: list[str]) -> str:
    return "[" + ", ".join(_yaml_scalar(v) for v in values) + "]"


def _objections_md(pairs: list[Objection], language: str) -> str:
    asked, answered = _QA_LABELS["ru" if language == "ru" else "en"]
    blocks = [f"**{asked}:** {p.question}\n**{answered}:** {p.answer}".rstrip() for p in pairs]
    return "\n\n".join(blocks)


def _parse_objections(raw: str) -> list[Objection]:
    """Objection/answer pairs ("**Objection:** … **Answer:** …", Russian or English labels).

    A bullet or paragraph without labels is an objection still waiting for its answer.
    """
    pairs: list[Objection] = []
    question: list[str] | None = None
    answer: list[str] | None = None

    def close() -> None:
        nonlocal question, answer
        if question is not None or answer is not None:
            pairs.append(Objection(" ".join(question or []).strip(), " ".join(answer or []).strip()))
        question = answer = None

    for line in raw.split("\n"):
        stripped = line.strip()
        bullet = BULLET.match(line)
        text = bullet.group(1).strip() if bullet else stripped
        asked = _QUESTION.match(text)
        answered = _ANSWER.match(text)
        if asked:
            close()
            question = [asked.group(1).strip()]
        elif answered and answer is None:
            answer = [answered.group(1).strip()]
        elif not stripped:
            if answer is not None:
                close()
        elif bullet:
            close()
            question = [text]
        elif answer is not None:
            answer.append(stripped)
        elif question is not None:
            question.append(stripped)
        else:
            question = [stripped]
    close()
    return pairs
