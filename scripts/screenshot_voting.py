"""Render the voting board and a ballot page offscreen into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/screenshot_voting.py

Builds a throw-away library with people, a draft deck and a few ballots in every
state, then grabs `VotingPanel` as a salesperson sees it.
"""

# ruff: noqa: E402  (imports follow the sys.path and QT_QPA_PLATFORM set-up)
from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from enablement.domain import ItemStatus
from enablement.preview.service import PreviewService
from enablement.store import Library, repository
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import LIGHT, apply_theme, ui_font
from enablement.ui.voting import VotingPanel
from enablement.voting import BallotSpec, Product, VotingService

SLIDES = [
    ("Router X1: Wi-Fi 7 for the branch office", "Faster, simpler, managed from the cloud"),
    ("Why customers switch", "Three outages a year cost a branch 2 days of sales"),
    ("Price and bundles", "X1 Base €289 · X1 Pro €389 · 3-year care pack"),
    ("Against Alfa-Net AX", "Our SLA is 4 h on site; theirs is next business day"),
    ("Rollout plan", "Pilot in 5 branches, full rollout in 6 weeks"),
]


def make_deck(path: Path) -> Path:
    """A small, real .pptx: a coloured title band and bullets on each slide."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    colors = ["1F3A93", "D9622B", "1F8A5B", "C2372F", "5B4BB7"]
    for n, (heading, text) in enumerate(SLIDES):
        slide = prs.slides.add_slide(prs.slide_layouts[5])  # "Title Only": the title is the heading
        band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Inches(1.6))
        band.fill.solid()
        band.fill.fore_color.rgb = RGBColor.from_string(colors[n % len(colors)])
        band.line.fill.background()
        title_shape = slide.shapes.title
        title_shape.left, title_shape.top = Inches(0.6), Inches(0.3)
        title_shape.width, title_shape.height = Inches(12), Inches(1)
        slide.shapes._spTree.remove(title_shape._element)  # keep the title above the band
        slide.shapes._spTree.append(title_shape._element)
        title = title_shape.text_frame
        title.text = heading
        run = title.paragraphs[0].runs[0]
        run.font.size, run.font.bold = Pt(40), True
        run.font.color.rgb = RGBColor(255, 255, 255)
        body = slide.shapes.add_textbox(Inches(0.8), Inches(2.2), Inches(7.2), Inches(4.5)).text_frame
        body.word_wrap = True
        for i, line in enumerate([text, "Built for branch offices", "Managed from one console"]):
            para = body.paragraphs[0] if i == 0 else body.add_paragraph()
            para.text = "• " + line
            para.runs[0].font.size = Pt(26)
        chart = slide.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Inches(8.8), Inches(2.3), Inches(3.8), Inches(4)
        )
        chart.fill.solid()
        chart.fill.fore_color.rgb = RGBColor.from_string("E9EBF0")
        chart.line.fill.background()
        for k, height in enumerate((1.2, 2.4, 1.8, 3.1)):
            bar = slide.shapes.add_shape(
                MSO_SHAPE.RECTANGLE,
                Inches(9.2 + k * 0.85),
                Inches(6.0 - height),
                Inches(0.55),
                Inches(height),
            )
            bar.fill.solid()
            bar.fill.fore_color.rgb = RGBColor.from_string(colors[n % len(colors)])
            bar.line.fill.background()
    prs.save(str(path))
    return path


def draft(library: Library, folder: Path) -> int:
    """Import the deck as a draft, as a marketer would before putting it to a vote."""
    from enablement.domain import ItemMeta
    from enablement.ingest.pipeline import Importer

    deck = make_deck(folder / "Router X1 launch deck.pptx")
    report = Importer(library, user="maria").import_paths([deck], ItemMeta(status=ItemStatus.DRAFT))
    assert not report.rejected, report.rejected
    with library.reading() as conn:
        return repository.list_items(conn, status=ItemStatus.DRAFT)[0].id


def populate(voting: VotingService, library: Library, folder: Path) -> tuple[int, int]:
    people = [
        ("maria", "marketing", "HQ"),
        ("sam", "sales", "North"),
        ("olga", "sales", "North"),
        ("ivan", "sales", "South"),
        ("lena", "sales", "South"),
        ("tom", "sales", "West"),
        ("ana", "sales", "West"),
        ("petr", "sales", "North"),
    ]
    for name, role, team in people:
        voting.add_person("setup", name, role, team)
    now = voting.now()
    # decided: Go with changes
    done = voting.create_ballot(
        "maria",
        BallotSpec(
            title="Battle card: Alfa-Net AX, refresh",
            product=Product(name="Alfa-Net battle card", description="Refreshed objections and pricing"),
            hide_totals=False,
        ),
    ).id
    for who, option, why in [
        ("sam", "Will sell it", ""),
        ("ivan", "Needs changes", "pricing section is out of date"),
        ("tom", "Will sell it", ""),
        ("lena", "Will sell it", ""),
    ]:
        voting.vote(who, done, option, why)
    voting.close_ballot("maria", done)
    voting.decide("maria", done, "go-with-changes", "Pricing updated to Q2 list; published Monday.")
    nogo = voting.create_ballot(
        "maria",
        BallotSpec(title="Mesh kit M3 for retail", product=Product(name="Mesh kit M3", segment="Retail")),
    ).id
    for who, option, why in [
        ("olga", "Won't sell it", "retail buys on price"),
        ("ana", "Won't sell it", "no demand"),
    ]:
        voting.vote(who, nogo, option, why)
    voting.close_ballot("maria", nogo)
    voting.decide("maria", nogo, "no-go", "Sales sees no demand in retail; revisit in Q4.")
    # closed, awaiting decision
    score = voting.create_ballot(
        "maria", BallotSpec(title="Rate the new onboarding video", score=True, hide_totals=False)
    ).id
    for who, s in [("sam", "4"), ("olga", "5"), ("ivan", "3"), ("tom", "4"), ("ana", "5")]:
        voting.vote(who, score, s)
    voting.close_ballot("maria", score)
    # open: the draft deck, with slide comments
    item_id = draft(library, folder)
    deck = voting.create_ballot(
        "maria",
        BallotSpec(
            title="Router X1 launch deck: ready for clients?",
            question="Would you take this deck to a client meeting next week?",
            item_id=item_id,
            closes_at=now + timedelta(days=2, hours=5, minutes=12),
            hide_totals=False,
        ),
    ).id
    for who, option, why in [
        ("olga", "Will sell it", ""),
        ("ivan", "Needs changes", "clients will ask about the care pack terms"),
        ("tom", "Will sell it", ""),
        ("ana", "Needs changes", "slide 3 needs a TCO comparison"),
        ("petr", "Won't sell it", "branch IT wants on-prem management"),
    ]:
        voting.vote(who, deck, option, why)
    for who, n, text in [
        ("ivan", 3, "Bundles are confusing: name them Base / Pro / Care"),
        ("ana", 3, "Add TCO over 3 years"),
        ("tom", 3, "Show the price per branch"),
        ("olga", 4, "Great comparison; add their SLA fine print"),
        ("petr", 5, "Pilot is too long for small chains"),
    ]:
        voting.comment_unit(who, deck, n, text)
    # open: an upcoming product, totals hidden
    product = voting.create_ballot(
        "maria",
        BallotSpec(
            title="Router X2 for small offices",
            question="Will your clients buy an X2 at this price?",
            product=Product(
                name="Router X2",
                description="Wi-Fi 7 router with built-in LTE failover and a 5-year warranty.",
                segment="SMB, 5–50 seats",
                price="€349",
            ),
            closes_at=now + timedelta(hours=7, minutes=40),
            audience=["North", "South"],
        ),
    ).id
    for who, option, why in [
        ("olga", "Will sell it", ""),
        ("ivan", "Needs changes", "LTE SIM is not included"),
    ]:
        voting.vote(who, product, option, why)
    return deck, product


def settle(panel: VotingPanel, runner: TaskRunner, signal: object) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    runner.wait_idle(10_000)
    QApplication.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    apply_theme(app, LIGHT)  # type: ignore[arg-type]
    app.setFont(ui_font())  # type: ignore[attr-defined]
    out = REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, Library(Path(tmp) / "lib") as library:
        voting = VotingService(library)
        deck, _product = populate(voting, library, Path(tmp))
        runner = TaskRunner()
        preview = PreviewService(library)
        panel = VotingPanel(voting=voting, runner=runner, user="sam", preview=preview)
        panel.resize(1360, 780)
        panel.show()
        settle(panel, runner, panel.board_loaded)
        panel.resize(1360, 520)
        QApplication.processEvents()
        panel.grab().save(str(out / "voting-board.png"))
        panel.resize(1360, 900)
        panel.open_ballot(deck)
        settle(panel, runner, panel.thumbnails_loaded)
        panel.page.unit_list.setCurrentRow(2)
        QApplication.processEvents()
        panel.grab().save(str(out / "voting-ballot.png"))
        panel.stop()
        runner.shutdown()
        panel.close()
    print(f"wrote {out / 'voting-board.png'} and {out / 'voting-ballot.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
