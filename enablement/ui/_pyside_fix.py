"""Work around a reference-counting bug of PySide6 6.12 on Python < 3.12.

`SignalInstance.emit()` returns its bool result without a new reference, so
every emit from Python (with a receiver connected) steals one reference to
`True`. `True` starts with a few hundred references; after that many emits the
interpreter aborts with "bool_dealloc: deallocating True or False". Python 3.12
made True/False/None immortal, which hides the bug; on 3.11 we do the same by
giving them a reference count no session can exhaust.

The check is empirical (one emit on a private object), so a fixed PySide6 makes
this a no-op, and nothing is touched on Python >= 3.12.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = 1 << 40


def emit_steals_true() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal(int)

    probe = _Probe()
    probe.fired.connect(lambda _n: None)
    before = sys.getrefcount(True)
    for n in range(8):
        probe.fired.emit(n)
    after = sys.getrefcount(True)
    probe.deleteLater()
    return after < before


def apply() -> bool:
    """Pin True, False and None if this PySide6 leaks their references; True if it did."""
    if sys.version_info >= (3, 12) or not emit_steals_true():
        return False
    for obj in (True, False, None):
        refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of PyObject
        if refcnt.value < _PINNED:
            refcnt.value += _PINNED
    return True
