"""Small Markdown battle cards with front matter, for the publishing tests (imported for real)."""

from __future__ import annotations

from pathlib import Path


def write_card(
    folder: Path,
    name: str,
    *,
    word: str,
    status: str = "draft",
    owner: str = "anna",
    review_by: str | None = None,
) -> Path:
    """A card whose body holds `word` (a search finds it by that word only)."""
    folder.mkdir(parents=True, exist_ok=True)
    review = f"review_by: {review_by}\n" if review_by else ""
    path = folder / f"{name}.md"
    path.write_text(
        f"---\ntitle: {name}\nkind: battlecard\ncompetitors: [Acme]\nstatus: {status}\n"
        f"owner: {owner}\n{review}---\n\n## Overview\n\nThe {word} story against Acme.\n\n"
        f"## Strengths\n\nAcme ships {word} late.\n",
        encoding="utf-8",
    )
    return path
