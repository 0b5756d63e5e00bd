"""Translated names for data values: kinds, unit locations, typed sections, languages.

Data carries stable English keys ("deck", "weaknesses"); the UI shows them in the
user's language. Functions, not constants, so a language switch takes effect at
the next repaint.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

translate = QCoreApplication.translate  # lupdate finds translate("Labels", "…") calls


def kind_name(kind: str, plural: bool = False) -> str:
    names = {
        "deck": (translate("Labels", "Deck"), translate("Labels", "Decks")),
        "battlecard": (translate("Labels", "Battle card"), translate("Labels", "Battle cards")),
        "catalog": (translate("Labels", "Catalog"), translate("Labels", "Catalogs")),
        "document": (translate("Labels", "Document"), translate("Labels", "Documents")),
    }
    pair = names.get(kind)
    return pair[1 if plural else 0] if pair else kind.capitalize()


def section_name(section_type: str) -> str:
    names = {
        "strengths": translate("Labels", "Strengths"),
        "weaknesses": translate("Labels", "Weak points"),
        "how_we_win": translate("Labels", "How we win"),
        "landmines": translate("Labels", "Landmines"),
        "objections": translate("Labels", "Objections and answers"),
        "pricing": translate("Labels", "Pricing"),
        "overview": translate("Labels", "Overview"),
        "general": translate("Labels", "Notes"),
    }
    return names.get(section_type, section_type.replace("_", " ").capitalize())


def language_name(code: str) -> str:
    names = {
        "ru": translate("Labels", "Russian"),
        "en": translate("Labels", "English"),
        "mixed": translate("Labels", "Mixed"),
        "": translate("Labels", "Unknown"),
    }
    return names.get(code, code)


def status_name(status: str) -> str:
    names = {
        "draft": translate("Labels", "Draft"),
        "in_review": translate("Labels", "In review"),
        "published": translate("Labels", "Published"),
        "archived": translate("Labels", "Archived"),
    }
    return names.get(status, status)


def quoted(text: str) -> str:
    """Someone's words in the language's quotation marks: “…” in English, «…» in Russian."""
    return translate("Labels", "“%1”").replace("%1", text)


def placeholder_name(key: str) -> str:
    """The word painted on a slide preview where a picture, chart or diagram stands."""
    names = {
        "Picture": translate("Labels", "Picture"),
        "Chart": translate("Labels", "Chart"),
        "Diagram": translate("Labels", "Diagram"),
        "Object": translate("Labels", "Object"),
    }
    return names.get(key, key)


def location(unit: str, number: int, total: int = 0, heading: str = "", sheet: str = "") -> str:
    """ "Slide 7 of 24", "Page 3", "Row 118", "Section: Слабые места"."""
    if unit == "slide":
        if total:
            return translate("Labels", "Slide %1 of %2").replace("%1", str(number)).replace("%2", str(total))
        return translate("Labels", "Slide %1").replace("%1", str(number))
    if unit == "page":
        if total:
            return translate("Labels", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))
        return translate("Labels", "Page %1").replace("%1", str(number))
    if unit == "row":
        text = translate("Labels", "Row %1").replace("%1", str(number))
        return f"{sheet} · {text}" if sheet else text
    if unit == "section":
        if heading:
            return translate("Labels", "Section: %1").replace("%1", heading)
        return translate("Labels", "Section %1").replace("%1", str(number))
    return translate("Labels", "Whole item")


def _locale() -> QLocale:
    """The UI language's locale; English where the process runs under the bare C locale."""
    locale = QLocale()
    return QLocale(QLocale.Language.English) if locale.language() == QLocale.Language.C else locale


def short_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return _locale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def date_time(value: datetime) -> str:
    """A moment in local time, in the UI language's short format ("24.11.2026 14:05")."""
    local = value.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return _locale().toString(moment, QLocale.FormatType.ShortFormat)


def review_overdue(review_by: date | None, today: date | None = None) -> bool:
    return review_by is not None and review_by < (today or date.today())
