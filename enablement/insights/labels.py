"""Words for the keys reports store: "deal_won" is "deal won", "helped" "helped me win",
unit "slide:7" "slide 7".

The database and the JSON keep the keys (scripts match on them); service messages and the CLI's
lines say words. Each word is a `Message`, so `str()` is the English the CLI prints and the UI
translates it through the same catalogue as every service message (enablement.ui.messages).
An unknown key (a newer database) comes back as itself with "_" read as a space.
"""

from __future__ import annotations

from enablement.messages import QT_TRANSLATE_NOOP, Message

__all__ = ["gone_label", "label", "unit_label", "unit_ref_label", "with_comment"]

_WORDS: dict[str, str] = {
    # intel kinds
    "price": QT_TRANSLATE_NOOP("Messages", "competitor price"),
    "claim": QT_TRANSLATE_NOOP("Messages", "competitor claim"),
    "objection": QT_TRANSLATE_NOOP("Messages", "objection heard"),
    "deal_won": QT_TRANSLATE_NOOP("Messages", "deal won"),
    "deal_lost": QT_TRANSLATE_NOOP("Messages", "deal lost"),
    "request": QT_TRANSLATE_NOOP("Messages", "request for material"),
    # verdicts (an earlier spelling of "helped" too)
    "helped": QT_TRANSLATE_NOOP("Messages", "helped me win"),
    "helped_me_win": QT_TRANSLATE_NOOP("Messages", "helped me win"),
    "outdated": QT_TRANSLATE_NOOP("Messages", "outdated"),
    "wrong": QT_TRANSLATE_NOOP("Messages", "wrong"),
    "missing": QT_TRANSLATE_NOOP("Messages", "missing something"),
    # deal outcomes and size bands
    "won": QT_TRANSLATE_NOOP("Messages", "won"),
    "lost": QT_TRANSLATE_NOOP("Messages", "lost"),
    "open": QT_TRANSLATE_NOOP("Messages", "still open"),
    "lt1m": QT_TRANSLATE_NOOP("Messages", "under 1 M"),
    "1-5m": QT_TRANSLATE_NOOP("Messages", "1–5 M"),
    "5-20m": QT_TRANSLATE_NOOP("Messages", "5–20 M"),
    "gt20m": QT_TRANSLATE_NOOP("Messages", "over 20 M"),
    # report states and types
    "new": QT_TRANSLATE_NOOP("Messages", "new"),
    "accepted": QT_TRANSLATE_NOOP("Messages", "accepted"),
    "planned": QT_TRANSLATE_NOOP("Messages", "planned"),
    "done": QT_TRANSLATE_NOOP("Messages", "done"),
    "declined": QT_TRANSLATE_NOOP("Messages", "declined"),
    "intel": QT_TRANSLATE_NOOP("Messages", "intel"),
    "feedback": QT_TRANSLATE_NOOP("Messages", "feedback"),
}

_UNITS: dict[str, str] = {
    "slide": QT_TRANSLATE_NOOP("Messages", "slide {number}"),
    "page": QT_TRANSLATE_NOOP("Messages", "page {number}"),
    "row": QT_TRANSLATE_NOOP("Messages", "row {number}"),
    "section": QT_TRANSLATE_NOOP("Messages", "section {number}"),
}


def label(key: str | None) -> Message:
    """The words for a stored key (intel kind, verdict, outcome, size band, state, type)."""
    key = str(key or "")
    template = _WORDS.get(key)
    if template is None:  # not ours: shown as it is, never as a template to translate
        return Message("{key}", {"key": key.replace("_", " ")})
    return Message(template)


def unit_label(kind: str | None, number: int | None) -> Message:
    """'slide 7', 'page 2', 'row 15', 'section 3'."""
    template = _UNITS.get(str(kind or ""))
    if template is None:
        return Message("{kind} {number}", {"kind": str(kind or "unit"), "number": int(number or 0)})
    return Message(template, {"number": int(number or 0)})


def unit_ref_label(ref: str) -> Message:
    """A unit written as a key, "slide:7", in words: 'slide 7' (anything else as it is)."""
    kind, sep, number = ref.partition(":")
    if not sep or not number.strip().isdigit():
        return Message("{key}", {"key": ref})
    return unit_label(kind.strip(), int(number))


def with_comment(problem: Message, comment: str) -> Message:
    """A refusal of feedback or intel that quotes the person's `comment` back, so nothing they
    wrote is lost (the UI keeps the box filled too; the CLI has only this sentence)."""
    if not comment:
        return problem
    return Message(
        QT_TRANSLATE_NOOP("Messages", "{problem} Your comment was not saved: «{comment}»"),
        {"problem": problem, "comment": comment},
    )


def gone_label(unit_kind: str | None) -> Message:
    """'(the slide was since removed)': a report whose unit or item is no longer in the library."""
    template = _GONE.get(str(unit_kind or ""), _GONE[""])
    return Message(template)


_GONE: dict[str, str] = {
    "slide": QT_TRANSLATE_NOOP("Messages", "(the slide was since removed)"),
    "page": QT_TRANSLATE_NOOP("Messages", "(the page was since removed)"),
    "row": QT_TRANSLATE_NOOP("Messages", "(the row was since removed)"),
    "section": QT_TRANSLATE_NOOP("Messages", "(the section was since removed)"),
    "": QT_TRANSLATE_NOOP("Messages", "(the item was since removed)"),
}
