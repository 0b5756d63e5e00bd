"""Sentences the headless services show to people, kept translatable.

The services never import Qt, yet the Russian UI must show their messages in
Russian. So a service does not hand out a finished English sentence: it raises
or stores a `Message`, an English template with named arguments. `str()` fills
the template in English, which is what the CLI prints and the logs keep; the UI
first looks the template up in Qt's catalogue (`enablement.ui.messages`).

Templates are written inside `QT_TRANSLATE_NOOP(CONTEXT, "...")`. Here that is a
no-op, but it is the call pyside6-lupdate looks for, so every template lands in
the .ts files next to the UI's own strings (resources/translations/update.sh).
Arguments are language-neutral: numbers, names, paths, the user's own text, a
library's error text, a moment (a timezone-aware datetime: the CLI shows it in
UTC, the UI in local time and the UI language's format) or another `Message`
(translated in turn). A message can be stored as JSON (remembered import
rejections, notifications).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Union

CONTEXT = "Messages"

Arg = Union[str, int, float, datetime, "Message"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


def _identity(text: str) -> str:
    return text


def utc_moment(moment: datetime) -> str:
    """How the CLI and the logs show a moment: "2026-11-24 10:54 UTC"."""
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


@dataclass(frozen=True)
class Message:
    """A template and its arguments; `str()` is the English sentence."""

    template: str
    args: Mapping[str, Arg] = field(default_factory=dict)

    def render(
        self, translate: Callable[[str], str] = _identity, moment: Callable[[datetime], str] = utc_moment
    ) -> str:
        """The sentence with `translate` applied to this template and to nested messages,
        and moments written by `moment`."""
        text = translate(self.template)
        if not self.args:
            return text
        args = {k: _render_arg(v, translate, moment) for k, v in self.args.items()}
        try:
            return text.format(**args)
        except (KeyError, IndexError, ValueError):
            # A translation that lost or misspelt a placeholder must not hide the message.
            return self.template.format(**args)

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> str:
        return json.dumps(_encode(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Message:
        return _decode(json.loads(text))

    @classmethod
    def stored(cls, text: str, data: str | None) -> Message:
        """A message read back from the database: its JSON `data`, else the English `text`."""
        if data:
            try:
                return cls.from_json(data)
            except ValueError:  # not ours (hand-edited, or a newer format): the English still says it
                pass
        return cls(text)


def message(template: str | Message, **args: Arg) -> Message:
    """A `Message` from a marked template (or an existing message, returned as is)."""
    if isinstance(template, Message):
        return template
    return Message(template, args)


def _render_arg(
    value: Arg, translate: Callable[[str], str], moment: Callable[[datetime], str]
) -> str | int | float:
    if isinstance(value, Message):
        return value.render(translate, moment)
    if isinstance(value, datetime):
        return moment(value)
    return value


def _encode_arg(value: Arg) -> Any:
    if isinstance(value, Message):
        return _encode(value)
    if isinstance(value, datetime):
        return {"at": value.isoformat()}
    return value


def _encode(m: Message) -> dict[str, Any]:
    return {"t": m.template, "a": {k: _encode_arg(v) for k, v in m.args.items()}}


def _decode_arg(value: Any) -> Arg:
    if isinstance(value, dict) and "at" in value:
        return datetime.fromisoformat(value["at"])
    if isinstance(value, dict):
        return _decode(value)
    return value


def _decode(data: Any) -> Message:
    if not isinstance(data, dict) or not isinstance(data.get("t"), str):
        raise ValueError("not a stored message")
    return Message(data["t"], {k: _decode_arg(v) for k, v in dict(data.get("a") or {}).items()})


def marketing_hint(team: bool, actor: str) -> Message:
    """How an admin gives `actor` the marketing role: `team set-role` on a team server."""
    if team:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages", "An admin can change that: enablement team set-role {actor} --role marketing"
            ),
            {"actor": actor},
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages", "An admin can change that: enablement user add {actor!r} --role marketing"
        ),
        {"actor": actor},
    )
