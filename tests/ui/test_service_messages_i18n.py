"""Messages from the Qt-free services reach the Russian UI in Russian.

Import rejection reasons (fresh, and remembered from an earlier import), voting
rule errors and notifications are `enablement.messages.Message`s; the UI
translates them through the same .qm files as its own strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from enablement.errors import VotingError
from enablement.ui.i18n import Translator
from enablement.ui.messages import error_text, translated
from enablement.voting import BallotSpec, Outcome

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


@pytest.fixture
def russian(qapp: object) -> Iterator[Translator]:
    translator = Translator()
    translator.apply("ru")
    yield translator
    translator.apply("en")


@pytest.fixture
def services(empty_services: Any) -> Any:
    return empty_services


@pytest.fixture
def bad_files(tmp_path: Path) -> Path:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "broken.pptx").write_bytes(b"this is not a presentation")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (folder / "empty.md").write_bytes(b"")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def test_import_report_shows_rejection_reasons_in_russian(
    qtbot: Any, ui: Any, services: Any, bad_files: Path
) -> None:
    window = ui.new_window("ru")
    window.set_services(services, owned=False)
    with qtbot.waitSignal(window.imports.finished, timeout=120_000):
        window.imports.import_paths([bad_files])
    rows = dict(window.imports.dialog.rejected_rows())
    window.imports.dialog.close()
    assert set(rows) == {"broken.pptx", "old.doc", "empty.md", "photo.png"}
    assert rows["empty.md"] == "Пустой файл (0 байт)"
    assert rows["old.doc"] == "Устаревший формат Word 97-2003; сохраните файл как .docx и импортируйте снова"
    assert rows["broken.pptx"].startswith("Файл повреждён или обрезан: файл «.pptx» не является")
    assert rows["photo.png"].startswith("Тип файла «.png» не поддерживается; поддерживаются: ")
    for reason in rows.values():
        assert not re.search(r"\b(corrupt|legacy|empty|unsupported)\b", reason), reason

    # Unchanged files are not read again: their reasons come back from the database, still translated.
    with qtbot.waitSignal(window.imports.finished, timeout=120_000) as again:
        window.imports.import_paths([bad_files])
    assert again.args[0].unchanged == 4
    rows = dict(window.imports.dialog.rejected_rows())
    window.imports.dialog.close()
    assert rows["empty.md"] == "Пустой файл (0 байт) (отклонён при прошлом импорте; файл не изменился)"
    assert all(CYRILLIC.search(reason) for reason in rows.values())

    # The same report in English: the messages follow the language switch.
    window.translator.apply("en")
    reason = dict(again.args[0].still_rejected)[str(bad_files / "empty.md")]
    assert translated(reason) == "empty file (0 bytes)"
    window.close()


def test_voting_errors_and_notifications_follow_the_ui_language(russian: Translator, services: Any) -> None:
    voting = services.voting
    voting.add_person("mia", "mia", "marketing", "HQ")
    voting.add_person("mia", "sam", "sales", "North")
    ballot = voting.create_ballot("mia", BallotSpec(title="Новая линейка X1", product=None))
    with pytest.raises(VotingError) as no_reason:
        voting.vote("sam", ballot.id, "Won't sell it")
    assert error_text(no_reason.value) == (
        "Объясните, почему вы выбрали «Не буду продавать»: о чём спросят клиенты, чего не хватает."
    ), "a default option is named in the UI language"
    voting.close_ballot("mia", ballot.id)
    with pytest.raises(VotingError) as closed:
        voting.vote("sam", ballot.id, "Will sell it")
    assert str(closed.value).startswith(f"Ballot {ballot.id} closed at "), "the CLI keeps English"
    assert str(closed.value).endswith(" UTC; votes can no longer be cast or changed.")
    shown = error_text(closed.value)
    assert shown.startswith(f"Голосование {ballot.id} закрылось ") and "UTC" not in shown, (
        "local time in the UI"
    )
    with pytest.raises(VotingError) as no_rationale:
        voting.decide("mia", ballot.id, Outcome.NO_GO, "")
    assert error_text(no_rationale.value) == "Объясните решение: голосовавшие увидят почему."

    voting.decide("mia", ballot.id, Outcome.NO_GO, "Рано: нет цены")
    notes = voting.notifications("sam")
    texts = [translated(n.message) for n in notes]
    assert "Решение по «Новая линейка X1»: Не запускаем. Рано: нет цены" in texts
    assert any(t.startswith("Новое голосование: «Новая линейка X1»") for t in texts)
    russian.apply("en")
    assert "Decision on “Новая линейка X1”: No go. Рано: нет цены" in [translated(n.message) for n in notes]


def test_a_translation_that_breaks_a_placeholder_falls_back_to_english() -> None:
    from enablement.messages import Message

    message = Message("zip bomb: expands to {size} MB", {"size": 2048})
    assert message.render(lambda _t: "zip-бомба: {размер} МБ") == "zip bomb: expands to 2048 MB"
