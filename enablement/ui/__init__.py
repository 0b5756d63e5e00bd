"""The desktop app (PySide6). The only package that imports Qt."""

from enablement.ui import _pyside_fix

PYSIDE_EMIT_FIX = _pyside_fix.apply()
