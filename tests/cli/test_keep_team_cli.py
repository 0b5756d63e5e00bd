"""`duplicates-decks --keep` on a team database: the marketer archives, a seller is refused with
a clear message before anything changes (the database would refuse too)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from enablement.cli import main
from tests.helpers.sprawl import TITLES, make_sprawl
from tests.helpers.team import Team, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()


def run(
    team: Team, who: str, folder: Path, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    code = main(["--library", str(folder / who), "--db", team.url(who), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_seller_is_refused_and_the_marketer_archives(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        team, "mia", tmp_path, capsys, "import", str(make_sprawl(tmp_path / "decks")), "--workers", "1"
    )
    assert code == 0, err
    code, out, err = run(team, "mia", tmp_path, capsys, "list", "--json")
    ids = {i["title"]: i["id"] for i in json.loads(out)}

    code, out, err = run(team, "sam", tmp_path, capsys, "duplicates-decks", "--keep", str(ids[TITLES[0]]))
    assert code == 2 and out == ""
    assert "Only marketing can archive items of the team library" in err
    assert "permission denied" not in err and "Traceback" not in err
    code, out, _ = run(team, "sam", tmp_path, capsys, "list", "--json")
    assert {i["status"] for i in json.loads(out) if i["title"] in TITLES} == {"published"}

    code, out, err = run(
        team, "mia", tmp_path, capsys, "duplicates-decks", "--keep", str(ids[TITLES[0]]), "--json"
    )
    assert code == 0, err
    assert [d["id"] for d in json.loads(out)["archived"]] == [ids[TITLES[1]]]


def test_a_sellers_list_has_published_items_only(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review 13: `enablement list` showed a seller the drafts (a planned gap's card among them);
    a seller finds and previews published items only, the marketer lists everything."""
    code, _, err = run(
        team, "mia", tmp_path, capsys, "import", str(make_sprawl(tmp_path / "decks")), "--workers", "1"
    )
    assert code == 0, err
    card = tmp_path / "draft.md"
    card.write_text(
        "---\ncompetitors: [Initech]\n---\n\n## Сильные стороны\n\n- Быстрые.\n", encoding="utf-8"
    )
    code, out, err = run(team, "mia", tmp_path, capsys, "card", "save", str(card), "--json")
    assert code == 0, err
    draft = json.loads(out)["item_id"]
    code, out, _ = run(team, "mia", tmp_path, capsys, "list", "--json")
    assert draft in {i["id"] for i in json.loads(out)}
    code, out, _ = run(team, "sam", tmp_path, capsys, "list", "--json")
    listed = json.loads(out)
    assert draft not in {i["id"] for i in listed} and {i["status"] for i in listed} == {"published"}
    assert {i["title"] for i in listed} >= set(TITLES)
