"""How the Numbers page writes its figures: in the user's locale, and honest about what is hidden.

The service gives None for a count it hides (fewer than three people behind it), withholds (a
total of three or more people that would give a hidden smaller count away by subtraction: the
figure says `withheld`) or cannot compute (nothing published, nobody reported); the page must
never show that as 0. `hidden()`, `withheld()` and `flag_note()` are the words for those cases,
in one place so every card says it alike: "fewer than 3 people" only where the group is that small.
Functions, not constants: a language switch takes effect at the next fill.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from enablement.insights.figures import MIN_GROUP

translate = QCoreApplication.translate  # lupdate finds translate("Dashboard", "…") calls

NBSP = "\u00a0"


def locale() -> QLocale:
    """The UI language's locale; English where the process runs under the bare C locale."""
    found = QLocale()
    return QLocale(QLocale.Language.English) if found.language() == QLocale.Language.C else found


def number(value: float | None, decimals: int = 0) -> str:
    """1 234 / 1,234 as the locale writes it; "—" for None (callers say why it is missing)."""
    if value is None:
        return "—"
    if decimals == 0:
        return locale().toString(round(value))
    return locale().toString(float(value), "f", decimals)


def percent(share: float | None, decimals: int = 0) -> str:
    """A share (0..1) as "23%" / "23 %" (the Russian way puts a non-breaking space before it)."""
    if share is None:
        return "—"
    return translate("Dashboard", "%1%", "a percentage").replace("%1", number(share * 100, decimals))


def hours(value: float | None) -> str:
    """A duration given in hours: "45 min", "5.5 h", "3 d" (days from two days on)."""
    if value is None:
        return "—"
    if 0 < value < 1:
        return translate("Dashboard", "%1 min", "minutes").replace("%1", number(value * 60))
    if value < 48:
        decimals = 1 if 0 < value < 10 else 0
        return translate("Dashboard", "%1 h", "hours").replace("%1", number(value, decimals))
    days = value / 24
    return translate("Dashboard", "%1 d", "days").replace("%1", number(days, 1 if days < 10 else 0))


def in_hours(value: float) -> str:
    """A duration in hours whatever its size (an axis label: one unit per axis)."""
    decimals = 0 if float(value).is_integer() else 1
    return translate("Dashboard", "%1 h", "hours").replace("%1", number(value, decimals))


def in_days(days: float) -> str:
    """A duration in days whatever its size (an axis label: one unit per axis)."""
    decimals = 0 if float(days).is_integer() else 1
    return translate("Dashboard", "%1 d", "days").replace("%1", number(days, decimals))


def days_old(days: int | None) -> str:
    if days is None:
        return "—"
    return translate("Dashboard", "%1 d", "days").replace("%1", number(days))


def week_label(start: date) -> str:
    """The first day of a week, short: "4 Dec" / "4 дек."."""
    return locale().toString(QDate(start.year, start.month, start.day), "d MMM")


def full_date(day: date) -> str:
    return locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def date_range(first: date, last: date) -> str:
    return f"{full_date(first)} – {full_date(last)}"


def hidden() -> str:
    """The words in place of a count hidden for privacy: fewer than MIN_GROUP people are behind it,
    or (secondary suppression, store.aggregates.suppression) it would give such a group away beside
    the total; the model cannot tell which, so the words must be true of both."""
    return translate("Dashboard", "hidden for privacy")


def hidden_sentence() -> str:
    """The same as a sentence of its own (a card's caption, a note in place of a chart)."""
    return translate(
        "Dashboard", "Hidden for privacy: fewer than %1 people, or it would give such a group away."
    ).replace("%1", str(MIN_GROUP))


def hidden_short() -> str:
    """The same in a narrow table cell; the table says what it means below."""
    return translate("Dashboard", "hidden", "a count withheld: fewer than 3 people")


def withheld() -> str:
    """The words in place of a total withheld though 3 or more people are behind it (short: the
    tooltip, `withheld_why()`, explains)."""
    return translate("Dashboard", "withheld so a smaller group can't be worked out")


def withheld_narrow() -> str:
    """`withheld()` where a bar's row has no room for it (the tooltip still explains)."""
    return translate("Dashboard", "%1+ people — withheld").replace("%1", str(MIN_GROUP))


def withheld_short() -> str:
    """The same in a narrow table cell; the table says what it means below."""
    return translate("Dashboard", "withheld", "a total of 3 or more people, withheld")


def withheld_why() -> str:
    """Why a total of three or more people is not shown (a tooltip, a table's footnote)."""
    return translate(
        "Dashboard",
        "withheld: %1 or more people, but the total would let a smaller hidden group be worked out "
        "by subtraction",
    ).replace("%1", str(MIN_GROUP))


def at_least_group() -> str:
    """The people of a group known to be MIN_GROUP or more, whose number is withheld."""
    return translate("Dashboard", "%1 or more", "people, their number withheld").replace("%1", str(MIN_GROUP))


def flag_note(flag: str) -> str:
    """Why the dashboard is thin, as a sentence for the notes above the cards."""
    notes = {
        "empty_library": translate(
            "Dashboard", "The library is empty: import material and the numbers fill in as people use it."
        ),
        "searches_hidden_fewer_than_3_people": translate(
            "Dashboard", "Searches are hidden: fewer than %1 people searched in these weeks."
        ),
        "usage_hidden_fewer_than_3_people": translate(
            "Dashboard", "Usage is hidden: fewer than %1 people previewed, opened, copied or linked items."
        ),
        "response_hidden_fewer_than_3_people": translate(
            "Dashboard", "Response times are hidden: fewer than %1 people sent reports in these weeks."
        ),
    }
    return notes.get(flag, flag.replace("_", " ")).replace("%1", str(MIN_GROUP))


def outcome_label(outcome: str) -> str:
    """A ballot's outcome ("Go", "No go", …) in the UI language (the voting service's own labels)."""
    return translate("Messages", outcome)
