"""One accessor for bundled resources.

The top-level `resources/` folder is packaged into the wheel as
`enablement/_resources`; in a source checkout (editable install, tests) it is
read in place.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    bundled = _PACKAGE / "_resources"
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
