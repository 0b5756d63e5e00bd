"""`enablement insights report FILE.pdf|FILE.png`: the Numbers page's one-page report from the command
line, painted by a Qt child process (enablement.ui.report_export) and checked as a real file."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from enablement.cli import main
from tests.cli.test_insights_cli import Cli, _item
from tests.helpers.team import Team

# A4 landscape at 150 dpi, as dashboard_export.PNG_SIZE computes it (not imported: no Qt here).
PNG_SIZE = (round(1123 * 150 / 96), round(794 * 150 / 96))


@pytest.fixture
def cli(tmp_path: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]) -> Cli:
    cli = Cli(tmp_path / "lib", db_url, capsys)
    cli("user", "add", "mia", "--role", "marketing", "--team", "HQ")
    _item(cli, "Acme battle card", competitors=["Acme Corp"], products=["Router X1"])
    return cli


def _pdf_pages(path: Path) -> list[tuple[float, float, str]]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for page in pdf:
            text = page.get_textpage().get_text_range()
            pages.append((page.get_width(), page.get_height(), text))
        return pages
    finally:
        pdf.close()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_a_pdf_and_a_png_report_are_written_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    pdf = tmp_path / "out" / "numbers.pdf"
    pdf.parent.mkdir()
    _, out, _ = cli("insights", "report", str(pdf), "--weeks", "4", user="mia")
    assert out.strip() == str(pdf)
    [(width, height, text)] = _pdf_pages(pdf)  # one page, A4 landscape (842 × 595 pt)
    assert (round(width), round(height)) == (842, 595)
    assert "Enablement numbers" in text and "Acme Corp" in text and "(4 weeks)" in text

    png = tmp_path / "out" / "numbers.png"
    cli("insights", "report", str(png), user="mia")
    assert _png_size(png) == PNG_SIZE

    russian = tmp_path / "out" / "цифры.pdf"
    cli("insights", "report", str(russian), "--lang", "ru", "--weeks", "12", user="mia")
    [(_, _, text)] = _pdf_pages(russian)
    assert "Цифры Enablement" in text and "Acme Corp" in text


def test_bad_targets_are_refused_before_the_library_is_opened(cli: Cli, tmp_path: Path) -> None:
    _, _, err = cli("insights", "report", str(tmp_path / "numbers.docx"), user="mia", ok=False)
    assert "name the file .pdf or .png" in err and "numbers.docx is neither" in err
    _, _, err = cli("insights", "report", str(tmp_path / "nowhere" / "n.pdf"), user="mia", ok=False)
    assert f"The folder {tmp_path / 'nowhere'} does not exist." in err
    folder = tmp_path / "looks.pdf"
    folder.mkdir()
    _, _, err = cli("insights", "report", str(folder), user="mia", ok=False)
    assert "is a folder" in err
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        _, _, err = cli("insights", "report", str(locked / "n.pdf"), user="mia", ok=False)
        assert "permission denied" in err
    assert not list(tmp_path.glob("**/n.pdf")) and not (tmp_path / "numbers.docx").exists()


def test_a_qt_that_cannot_start_is_said_plainly(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child meets a PySide6 that fails to load (what a missing libEGL looks like) and says so."""
    shadow = tmp_path / "shadow" / "PySide6"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(
        "raise ImportError('libEGL.so.1: cannot open shared object file')\n", encoding="utf-8"
    )
    monkeypatch.setenv("PYTHONPATH", str(shadow.parent))
    _, _, err = cli("insights", "report", str(tmp_path / "n.pdf"), user="mia", ok=False)
    assert "The report cannot be painted here: ImportError: libEGL.so.1: cannot open shared object" in err
    assert not (tmp_path / "n.pdf").exists()


@pytest.mark.pg
def test_a_seller_writes_the_report_of_a_team_library(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "team.pdf"
    code = main(["--library", str(tmp_path / "sam"), "--db", team.url("sam"), "insights", "report", str(pdf)])
    _, err = capsys.readouterr()
    assert code == 0, err
    [(_, _, text)] = _pdf_pages(pdf)
    assert "Enablement numbers" in text and "@" in text  # named by its database and server
