"""A pitch from slides of two real-world decks (../shared/corpus/real) opens and re-imports."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from enablement.app import build_services
from enablement.config import Settings
from enablement.domain import ItemKind
from enablement.preview.service import PreviewService
from enablement.store import repository as repo
from enablement.workbench.pitch import SlidePick, build_pitch
from tests.conftest import need_shared
from tests.unit.workbench.pitch_decks import dangling_references, master_and_layout_ids

# Pictures, a chart, a table and notes (16:9); a conference talk on its own template (4:3).
DECKS = ("pptx/markitdown_test.pptx", "pptx/poi_aascu.org_hbcu_leadershipsummit_cooper_.pptx")


def test_a_pitch_from_two_real_decks(tmp_path: Path) -> None:
    corpus = need_shared("corpus/real")
    folder = tmp_path / "decks"
    folder.mkdir()
    for relpath in DECKS:
        (folder / Path(relpath).name).write_bytes((corpus / relpath).read_bytes())
    settings = Settings(library_dir=tmp_path / "lib", db_url=None, user="anna", is_default_library=False)
    with build_services(settings, create_demo=False) as services:
        assert services.library_service.import_paths([folder]).imported == 2
        with services.library.reading() as conn:
            first, second = sorted(repo.list_items(conn, kind=ItemKind.DECK), key=lambda i: i.source_name)
            units = {i.id: {u.number: u for u in repo.get_units(conn, i.id)} for i in (first, second)}
        picks = [SlidePick(first.id, n) for n in (1, 2, 3)] + [SlidePick(second.id, n) for n in (1, 2)]
        picks.insert(1, picks.pop())  # interleaved
        target = tmp_path / "pitch.pptx"
        preview = PreviewService(services.library)
        result = build_pitch(services.library, picks, target, original=preview.original_path)
    assert len(result.slides) == len(Presentation(str(target)).slides) == 5
    assert dangling_references(target) == []
    ids = master_and_layout_ids(target)
    assert len(ids) == len(set(ids))

    again = Settings(library_dir=tmp_path / "again", db_url=None, user="anna", is_default_library=False)
    with build_services(again, create_demo=False) as fresh:
        assert fresh.library_service.import_paths([target]).imported == 1
        with fresh.library.reading() as conn:
            (item,) = repo.list_items(conn, kind=ItemKind.DECK)
            copied = repo.get_units(conn, item.id)
    expected = [units[p.item_id][p.slide] for p in picks]
    assert [(u.heading, u.text, u.notes) for u in copied] == [(u.heading, u.text, u.notes) for u in expected]
