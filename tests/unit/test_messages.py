"""Translatable service messages: English by default, any language through a translate function."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from enablement.messages import Message

WHEN = datetime(2026, 11, 24, 10, 54, tzinfo=UTC)


def test_str_is_the_english_sentence_with_moments_in_utc() -> None:
    inner = Message("duplicate zip entry '{name}'", {"name": "a.xml"})
    outer = Message("corrupt or truncated: {detail}", {"detail": inner})
    assert str(outer) == "corrupt or truncated: duplicate zip entry 'a.xml'"
    moscow = WHEN.astimezone(timezone(timedelta(hours=3)))
    assert str(Message("closes {time}", {"time": moscow})) == "closes 2026-11-24 10:54 UTC"


def test_render_translates_every_level_and_formats_moments() -> None:
    russian = {
        "corrupt or truncated: {detail}": "файл повреждён: {detail}",
        "empty XML part '{part}'": "пустая часть «{part}»",
    }
    message = Message(
        "corrupt or truncated: {detail}", {"detail": Message("empty XML part '{part}'", {"part": "x"})}
    )
    assert message.render(lambda t: russian.get(t, t)) == "файл повреждён: пустая часть «x»"
    at = Message("closes {time}", {"time": WHEN})
    assert at.render(moment=lambda m: m.strftime("%d.%m.%Y")) == "closes 24.11.2026"


def test_a_broken_translation_falls_back_to_english() -> None:
    message = Message("zip bomb: expands to {size} MB", {"size": 2048})
    assert message.render(lambda _t: "zip-бомба: {размер} МБ") == "zip bomb: expands to 2048 MB"


def test_json_round_trip_keeps_nesting_and_moments() -> None:
    message = Message("a {x} b {when} {inner}", {"x": 3, "when": WHEN, "inner": Message("c {y}", {"y": "z"})})
    again = Message.from_json(message.to_json())
    assert again == message and str(again) == str(message)


def test_stored_messages_fall_back_to_their_english_text() -> None:
    assert Message.stored("empty file (0 bytes)", None) == Message("empty file (0 bytes)")
    assert str(Message.stored("empty file (0 bytes)", "{not json")) == "empty file (0 bytes)"
    assert (
        str(Message.stored("x", '{"t": "no text to import: {detail}", "a": {"detail": "y"}}'))
        == "no text to import: y"
    )


def test_a_plain_text_with_braces_is_shown_as_it_is() -> None:
    assert str(Message("{weird} text")) == "{weird} text"
