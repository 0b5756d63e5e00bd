"""`enablement card new|show|save`: a template written, filled in, saved, searched; an edit saved as a
new version; a stale edit and an invalid card refused with nothing written."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.cli.test_library_cli import run

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "battlecards"


def test_new_fill_save_show_and_a_stale_save(tmp_path: Path, db_url: str | None) -> None:
    lib = tmp_path / "lib"
    db = ["--db", db_url] if db_url else []

    def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return run(lib, *db, *args, check=check)

    cli("import", str(DEMO / "globex_ru.md"))
    for who in ("anna", "boris"):  # --user names a person of the library's roster
        cli("user", "add", who, "--role", "marketing")
    card = tmp_path / "card.md"
    out = cli("--user", "anna", "card", "new", "--competitor", "globex", "--from-template", "-o", str(card))
    assert "Wrote" in out.stdout
    text = card.read_text(encoding="utf-8")
    assert "competitors: [Globex]" in text and "NW-1000" in text and "## Слабые места" in text

    refused = cli("card", "save", str(card), check=False)
    assert refused.returncode == 1
    assert "The battle card is empty" in refused.stderr and "nothing was saved" in refused.stderr

    filled = text.replace("## Сильные стороны\n", "## Сильные стороны\n\n- Бренд как у выхухоли.\n")
    card.write_text(filled, encoding="utf-8")
    refused = cli("card", "save", str(card), check=False)
    assert "The section “Обзор” is empty: fill it in or remove it" in refused.stderr
    assert "The section “Слабые места” is empty" in refused.stderr
    for heading in ("Обзор", "Слабые места", "Как мы выигрываем", "Вопросы-ловушки", "Возражения", "Цены"):
        filled = filled.replace(f"\n## {heading}\n", "\n")
    card.write_text(filled, encoding="utf-8")
    saved = json.loads(cli("--user", "anna", "card", "save", str(card), "--json").stdout)
    assert saved["saved"] and saved["created"] and saved["version"] == 1 and saved["status"] == "draft"
    item = saved["item_id"]
    hits = json.loads(cli("search", "выхухоль", "--json").stdout)
    assert item not in {h["item"] for h in hits["hits"]}, "a draft is in nobody's search"
    assert [m["item"] for m in json.loads(cli("--user", "anna", "mine", "--json").stdout)] == [item]
    cli("--user", "anna", "publish", str(item))
    hits = json.loads(cli("search", "выхухоль", "--json").stdout)
    assert item in {h["item"] for h in hits["hits"]}
    history = json.loads(cli("status", str(item), "--json").stdout)["history"]
    assert [(h["from"], h["to"], h["actor"]) for h in history] == [
        (None, "draft", "anna"),
        ("draft", "published", "anna"),
    ]

    shown = json.loads(cli("card", "show", str(item), "--json").stdout)
    assert shown["version"] == 1 and shown["card"]["strengths"] == ["Бренд как у выхухоли."]
    mine, theirs = tmp_path / "mine.md", tmp_path / "theirs.md"
    cli("card", "show", str(item), "-o", str(mine))
    cli("card", "show", str(item), "-o", str(theirs))
    theirs.write_text(theirs.read_text("utf-8").replace("выхухоли", "ондатры"), encoding="utf-8")
    ok = cli("--user", "boris", "card", "save", str(theirs), "--item", str(item), "--base-version", "1")
    assert f"Saved new version: #{item}" in ok.stdout and "version 2" in ok.stdout

    mine.write_text(mine.read_text("utf-8").replace("выхухоли", "бобра"), encoding="utf-8")
    stale = cli("card", "save", str(mine), "--item", str(item), "--base-version", "1", check=False)
    assert stale.returncode == 1
    assert "boris saved a newer version" in stale.stderr and "Nothing was overwritten" in stale.stderr
    assert json.loads(cli("card", "show", str(item), "--json").stdout)["version"] == 2

    refused = cli("card", "save", str(mine), "--item", str(item), "--status", "draft", check=False)
    assert refused.returncode == 1 and "--status is for a new card" in refused.stderr
    other = tmp_path / "other.md"
    other.write_text(filled.replace("выхухоли", "нерпы"), encoding="utf-8")
    out = cli("card", "save", str(other), "--status", "in_review")
    assert "version 1, in_review" in out.stdout and "enablement publish" in out.stdout


def test_show_refuses_what_is_not_a_card(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    doc = tmp_path / "notes.md"
    doc.write_text("# Notes\n\nJust notes.\n", encoding="utf-8")
    run(lib, "import", str(doc))
    refused = run(lib, "card", "show", "1", check=False)
    assert refused.returncode == 1 and "not a battle card" in refused.stderr
