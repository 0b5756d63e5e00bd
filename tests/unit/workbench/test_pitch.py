"""The pitch builder on a real library (SQLite and PostgreSQL): slides of several decks into one .pptx.

The output is checked the ways a seller's tools would see it: python-pptx opens it (order,
notes, pictures, chart, masters), the real importer reads it back to the same slide text,
and LibreOffice, where installed, renders every slide to PDF.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.domain import Item, ItemKind, Unit
from enablement.preview.service import PreviewService
from enablement.store import repository as repo
from enablement.workbench.pitch import (
    BadPick,
    NotADeck,
    PitchError,
    PitchResult,
    SlideMissing,
    SlidePick,
    StaleSlide,
    build_pitch,
    pick_of,
)
from tests.unit.workbench.pitch_decks import (
    dangling_references,
    deck_a,
    deck_b,
    master_and_layout_ids,
    with_linked_picture,
    without_part,
)


def _services(folder: Path, db_url: str | None) -> Services:
    settings = Settings(library_dir=folder, db_url=db_url, user="anna", is_default_library=False)
    return build_services(settings, create_demo=False)


@pytest.fixture
def services(tmp_path: Path, db_url: str | None) -> Iterator[Services]:
    with _services(tmp_path / "lib", db_url) as built:
        yield built


@pytest.fixture
def decks(tmp_path: Path, services: Services) -> dict[str, Item]:
    """Deck A and deck B imported, by letter."""
    folder = tmp_path / "decks"
    folder.mkdir()
    deck_a(folder / "a.pptx")
    deck_b(folder / "b.pptx")
    report = services.library_service.import_paths([folder])
    assert report.imported == 2, report
    with services.library.reading() as conn:
        items = repo.list_items(conn, kind=ItemKind.DECK)
    return {item.source_name[0]: item for item in items}


def _build(services: Services, picks: list[SlidePick], target: Path) -> PitchResult:
    preview = PreviewService(services.library)
    return build_pitch(services.library, picks, target, original=preview.original_path, title="Quokka pitch")


def _units(services: Services, item: Item) -> dict[int, Unit]:
    with services.library.reading() as conn:
        return {u.number: u for u in repo.get_units(conn, item.id)}


ORDER = [("b", 1), ("a", 2), ("a", 3), ("b", 2), ("a", 4)]


def test_a_pitch_keeps_order_notes_pictures_chart_and_masters(
    services: Services, decks: dict[str, Item], tmp_path: Path
) -> None:
    target = tmp_path / "out" / "pitch.pptx"
    result = _build(services, [SlidePick(decks[d].id, n) for d, n in ORDER], target)

    assert [(s.item_id, s.slide) for s in result.slides] == [(decks[d].id, n) for d, n in ORDER]
    prs = Presentation(str(target))
    assert prs.core_properties.title == "Quokka pitch"
    assert [s.shapes.title.text for s in prs.slides] == [
        "Wombat partner program",
        "Why customers pick Quokka",
        "Quokka revenue by quarter",
        "Wombat pricing",
        "Quokka backup slide",
    ]
    assert [s.notes_slide.notes_text_frame.text for s in prs.slides] == [
        "Start with the partner levels.",
        "Show the logo and the warranty.",
        "Revenue grew every quarter.",
        "Prices are per year.",
        "Hidden in the talk.",
    ]
    pictures = [[sh for sh in s.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE] for s in prs.slides]
    assert [len(p) for p in pictures] == [1, 2, 0, 0, 0]
    assert pictures[0][0].image.blob == pictures[1][0].image.blob, "the shared logo is the same picture"
    assert prs.slides[2].shapes[-1].has_chart
    assert list(prs.slides[2].shapes[-1].chart.plots[0].categories) == ["Q1", "Q2", "Q3"]
    # B's slides sit on B's blue master, A's on python-pptx's plain one: two masters, each as it was.
    masters = {id(s.slide_layout.slide_master) for s in prs.slides}
    assert len(masters) == 2 and len(prs.slide_masters) == 2
    assert prs.slides[0].slide_layout.slide_master.background.fill.fore_color.rgb == (0xE8, 0xF0, 0xFF)
    assert prs.slides[1].slide_layout.name == "Title Only"
    assert prs.slides[4]._element.get("show") is None, "a hidden slide picked for a pitch is shown"
    assert dangling_references(target) == []
    ids = master_and_layout_ids(target)
    assert len(ids) == len(set(ids)), "master and layout ids share one id space"
    # The first deck sets the page; A's 16:9 slides are named, and so is B's dropped slide link.
    assert [str(loss.message) for loss in result.losses] == [
        f"“{decks['a'].title}” has another page size (13.33×7.50 in) than the pitch; its slides may "
        "look stretched or cropped.",
        f"Slide 4 (“{decks['b'].title}”, slide 2): a link to a slide that is not in the pitch was removed.",
    ]


def test_a_link_between_slides_both_in_the_pitch_is_kept(
    services: Services, decks: dict[str, Item], tmp_path: Path
) -> None:
    target = tmp_path / "pitch.pptx"
    result = _build(services, [SlidePick(decks["b"].id, 2), SlidePick(decks["b"].id, 3)], target)
    assert result.losses == []
    prs = Presentation(str(target))
    box = prs.slides[0].shapes[-1]
    assert box.click_action.target_slide.slide_id == prs.slides[1].slide_id


def test_the_pitch_reimports_to_the_same_slide_text(
    services: Services, decks: dict[str, Item], tmp_path: Path, db_url: str | None
) -> None:
    target = tmp_path / "again" / "pitch.pptx"
    _build(services, [SlidePick(decks[d].id, n) for d, n in ORDER], target)
    with _services(tmp_path / "fresh", None) as fresh:
        assert fresh.library_service.import_paths([target]).imported == 1
        with fresh.library.reading() as conn:
            (item,) = repo.list_items(conn, kind=ItemKind.DECK)
            copied = repo.get_units(conn, item.id)
        assert item.title == "Quokka pitch"
    sources = [_units(services, decks[d])[n] for d, n in ORDER]
    assert [(u.heading, u.text, u.notes) for u in copied] == [(u.heading, u.text, u.notes) for u in sources]
    assert [u.hidden for u in copied] == [False] * len(ORDER)


def test_libreoffice_renders_every_slide(services: Services, decks: dict[str, Item], tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF rendering check is skipped")
    import pypdfium2

    target = tmp_path / "pitch.pptx"
    _build(services, [SlidePick(decks[d].id, n) for d, n in ORDER], target)
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            "pdf",
            *("--outdir", str(tmp_path / "pdf"), str(target)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    pdf = tmp_path / "pdf" / "pitch.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        assert len(document) == len(ORDER)
    finally:
        document.close()


# ---------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("12#3", SlidePick(12, 3)),
        ("12#slide=3", SlidePick(12, 3)),
        ("enablement://item/12#slide=3", SlidePick(12, 3)),
        (" 7 # 1 ", SlidePick(7, 1)),
    ],
)
def test_slide_references_parse(text: str, pick: SlidePick) -> None:
    assert SlidePick.parse(text) == pick


@pytest.mark.parametrize("text", ["12", "12#0", "x#3", "enablement://item/12#page=3", "12#3#4", ""])
def test_a_bad_slide_reference_is_refused_with_the_form_to_use(text: str) -> None:
    with pytest.raises(BadPick, match="ITEM#SLIDE, like 12#3"):
        SlidePick.parse(text)


def test_a_slide_number_past_the_end_names_the_deck_and_writes_nothing(
    services: Services, decks: dict[str, Item], tmp_path: Path
) -> None:
    target = tmp_path / "pitch.pptx"
    picks = [SlidePick(decks["a"].id, 1), SlidePick(decks["b"].id, 9)]
    with pytest.raises(SlideMissing) as caught:
        _build(services, picks, target)
    assert caught.value.pick == 1
    assert (
        str(caught.value)
        == f"There is no slide 9 in “{decks['b'].title}” (item {decks['b'].id}): it has 3 in all."
    )
    assert not target.exists() and list(tmp_path.glob("*.pptx")) == []


def test_an_item_that_is_not_a_deck_is_refused(
    services: Services, decks: dict[str, Item], tmp_path: Path
) -> None:
    card = tmp_path / "cards" / "globex.md"
    card.parent.mkdir()
    card.write_text(
        "---\ntitle: Globex card\ncompetitor: Globex\n---\n# Weaknesses\nSlow.\n", encoding="utf-8"
    )
    services.library_service.import_paths([card.parent])
    with services.library.reading() as conn:
        (item,) = repo.list_items(conn, kind=ItemKind.BATTLECARD)
    with pytest.raises(NotADeck, match=r"“Globex card” \(item \d+, globex.md\) is not a PowerPoint deck"):
        _build(services, [SlidePick(decks["a"].id, 1), SlidePick(item.id, 1)], tmp_path / "p.pptx")


def test_a_removed_deck_is_named(services: Services, decks: dict[str, Item], tmp_path: Path) -> None:
    services.library_service.remove_item(decks["b"].id)
    with pytest.raises(StaleSlide, match=f"Item {decks['b'].id} is no longer in the library") as caught:
        _build(services, [SlidePick(decks["a"].id, 1), SlidePick(decks["b"].id, 2)], tmp_path / "p.pptx")
    assert caught.value.pick == 1


def test_slides_of_a_replaced_version(services: Services, decks: dict[str, Item], tmp_path: Path) -> None:
    """A changed slide is refused naming both versions; an unchanged one is found where it went."""
    units = _units(services, decks["b"])
    changed, moved = pick_of(decks["b"], units[2]), pick_of(decks["b"], units[3])
    assert changed.version == 1

    from pptx.util import Inches

    path = tmp_path / "decks" / "b.pptx"
    prs = Presentation(str(path))
    prs.slides[1].shapes.title.text = "Wombat pricing 2027"
    new = prs.slides.add_slide(prs.slide_layouts[1])
    new.shapes.title.text = "Wombat agenda"
    new.shapes.add_textbox(Inches(1), Inches(1), Inches(1), Inches(1)).text_frame.text = "New first slide"
    order = prs.slides._sldIdLst
    order.insert(0, order[-1])  # the new slide goes first: the price list is now slide 4
    prs.save(str(path))
    assert services.library_service.import_paths([path.parent]).updated == 1

    with pytest.raises(StaleSlide) as caught:
        _build(services, [moved, changed], tmp_path / "p.pptx")
    assert caught.value.pick == 1
    assert str(caught.value) == (  # the deck's title is now its first slide's
        f"Slide 2 of “Wombat agenda” (item {decks['b'].id}) was picked from version 1, which has "
        "been replaced by version 2, and that slide is not in it any more; pick it again."
    )
    result = _build(services, [moved], tmp_path / "p.pptx")
    assert [(s.slide, s.version, s.heading) for s in result.slides] == [(4, 2, "Wombat price list")]


def test_media_the_copy_cannot_carry_is_reported_and_the_pitch_still_builds(
    services: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    whole = deck_a(tmp_path / "whole.pptx")
    without_part(whole, folder / "broken.pptx", "ppt/media/image")
    services.library_service.import_paths([folder])
    with services.library.reading() as conn:
        (item,) = repo.list_items(conn, kind=ItemKind.DECK)
    target = tmp_path / "pitch.pptx"
    result = _build(services, [SlidePick(item.id, 2), SlidePick(item.id, 3)], target)
    assert [str(loss.message) for loss in result.losses] == [
        f"Slide 1 (“{item.title}”, slide 2): “Picture {n}” uses a file that is missing from the original "
        "deck; it was left out."
        for n in (2, 3)
    ]
    assert [loss.position for loss in result.losses] == [1, 1]
    prs = Presentation(str(target))
    assert len(prs.slides) == 2 and prs.slides[1].shapes[-1].has_chart
    assert not [sh for sh in prs.slides[0].shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert dangling_references(target) == []


def test_a_linked_picture_stays_a_link_and_is_named(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "linked"
    folder.mkdir()
    url = "file:///C:/Users/anna/Pictures/logo.png"
    with_linked_picture(deck_a(tmp_path / "whole.pptx"), folder / "linked.pptx", 2, url)
    services.library_service.import_paths([folder])
    with services.library.reading() as conn:
        (item,) = repo.list_items(conn, kind=ItemKind.DECK)
    target = tmp_path / "pitch.pptx"
    result = _build(services, [SlidePick(item.id, 1), SlidePick(item.id, 2)], target)
    assert [str(loss.message) for loss in result.losses] == [
        f"Slide 2 (“{item.title}”, slide 2): a linked file stays a link and may not open on another "
        f"computer: {url}"
    ]
    slide = Presentation(str(target)).slides[1]
    assert [r.target_ref for r in slide.part.rels.values() if r.is_external] == [url]
    assert dangling_references(target) == []


def test_an_empty_pitch_and_a_wrong_file_type_are_refused(
    services: Services, decks: dict[str, Item], tmp_path: Path
) -> None:
    with pytest.raises(PitchError, match="at least one slide"):
        _build(services, [], tmp_path / "p.pptx")
    with pytest.raises(PitchError, match=r"saved as a \.pptx file, not as “p\.pdf”"):
        _build(services, [SlidePick(decks["a"].id, 1)], tmp_path / "p.pdf")
