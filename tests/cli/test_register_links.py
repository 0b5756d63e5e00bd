"""Deep-link registration writes a freedesktop entry that hands enablement:// URLs to the app."""

from __future__ import annotations

from pathlib import Path

from enablement.desktop import desktop_entry, register_linux
from enablement.preview.links import parse_link


def test_desktop_entry_handles_the_scheme(tmp_path: Path) -> None:
    entry = register_linux(["/opt/my apps/enablement"], applications=tmp_path)
    text = entry.read_text(encoding="utf-8")
    assert "MimeType=x-scheme-handler/enablement;" in text
    assert 'Exec="/opt/my apps/enablement" %u' in text
    assert desktop_entry(["enablement"]).count("Exec=enablement %u") == 1
    # the icon name the bundle's install.sh puts into the icon theme (tests/bundle runs it for real)
    assert "Icon=enablement-hub\n" in text


def test_the_link_the_app_copies_is_the_one_it_parses() -> None:
    link = parse_link("enablement://item/12#slide=7")
    assert link is not None and (link.item_id, link.kind, link.number) == (12, "slide", 7)
    assert link.url() == "enablement://item/12#slide=7"
