"""The app's icon set: small stroke SVGs in resources/icons, tinted to the current theme.

The SVG files draw with `currentColor`; `IconSet.icon()` substitutes a colour
and renders crisp pixmaps at the sizes toolbars and lists ask for. One
`IconSet` is created by the composition root and handed to widgets.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from enablement.resources import resource
from enablement.ui.theme import Appearance

KIND_ICONS = {
    "deck": "deck",
    "battlecard": "battlecard",
    "catalog": "catalog",
    "document": "document",
    "slide": "slide",
    "page": "pdf",
    "row": "catalog",
    "section": "battlecard",
}


@lru_cache(maxsize=64)
def _svg_source(name: str) -> str:
    path = resource("icons", f"{name}.svg")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return resource("icons", "document.svg").read_text(encoding="utf-8")


def render_svg(name: str, color: str, size: int, ratio: float = 2.0) -> QPixmap:
    """`name`.svg drawn in `color` on a transparent pixmap of `size` logical pixels."""
    data = _svg_source(name).replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    px = QPixmap(QSize(int(size * ratio), int(size * ratio)))
    px.fill(Qt.GlobalColor.transparent)
    painter = QPainter(px)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, px.width(), px.height()))
    painter.end()
    px.setDevicePixelRatio(ratio)
    return px


class IconSet:
    """Themed icons, cached per (name, colour)."""

    def __init__(self, appearance: Appearance) -> None:
        self.appearance = appearance
        self._cache: dict[tuple[str, str], QIcon] = {}

    def icon(self, name: str, color: str | None = None) -> QIcon:
        theme = self.appearance.theme
        color = color or theme.text_muted
        key = (name, color)
        cached = self._cache.get(key)
        if cached is None:
            cached = QIcon()
            for size in (16, 20, 24, 32, 48):
                cached.addPixmap(render_svg(name, color, size))
            disabled = theme.border
            for size in (16, 24):
                cached.addPixmap(render_svg(name, disabled, size), QIcon.Mode.Disabled)
            self._cache[key] = cached
        return cached

    def kind_icon(self, kind: str) -> QIcon:
        return self.icon(KIND_ICONS.get(kind, "document"), self.appearance.theme.kind_color(kind))

    def pixmap(self, name: str, size: int, color: str | None = None) -> QPixmap:
        return render_svg(name, color or self.appearance.theme.text_muted, size)

    def app_icon(self) -> QIcon:
        return QIcon(str(resource("icons", "app.svg")))
