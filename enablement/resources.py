"""One accessor for bundled resources.

The top-level `resources/` folder is packaged into the wheel as
`enablement/_resources`; in a source checkout (editable install, tests) it is
read in place. In a frozen bundle (PyInstaller, `packaging/enablement.spec`) the
same `enablement/_resources` folder sits under the bundle's data folder,
`sys._MEIPASS`, which is looked at first, so a bundle never reads a checkout
that happens to lie beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def is_frozen() -> bool:
    """True inside a PyInstaller bundle (the app was not started by a Python interpreter)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    if is_frozen():
        return Path(sys._MEIPASS) / "enablement" / "_resources"  # type: ignore[attr-defined]
    bundled = _PACKAGE / "_resources"
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
