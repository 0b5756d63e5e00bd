"""DrawingML colours: theme schemes and the colour modifiers PowerPoint applies.

A slide rarely says "#1f4e79"; it says "accent1, 75% luminance". This module
resolves such references against the master's theme so that the preview shows
the deck's own colours instead of grey boxes.
"""

from __future__ import annotations

import colorsys
from typing import Any

from lxml import etree

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"a": A}

_PRESET = {
    "black": "000000",
    "white": "FFFFFF",
    "red": "FF0000",
    "green": "008000",
    "blue": "0000FF",
    "yellow": "FFFF00",
    "gray": "808080",
    "grey": "808080",
    "darkBlue": "00008B",
    "darkGray": "A9A9A9",
    "lightGray": "D3D3D3",
    "orange": "FFA500",
}

DEFAULT_SCHEME = {
    "dk1": "000000",
    "lt1": "FFFFFF",
    "dk2": "44546A",
    "lt2": "E7E6E6",
    "accent1": "4472C4",
    "accent2": "ED7D31",
    "accent3": "A5A5A5",
    "accent4": "FFC000",
    "accent5": "5B9BD5",
    "accent6": "70AD47",
    "hlink": "0563C1",
    "folHlink": "954F72",
}

_ALIASES = {"tx1": "dk1", "bg1": "lt1", "tx2": "dk2", "bg2": "lt2"}


class Theme:
    """A colour scheme (name -> hex) plus the master's colour map (tx1 -> dk1 …)."""

    def __init__(self, scheme: dict[str, str] | None = None, color_map: dict[str, str] | None = None) -> None:
        self.scheme = dict(DEFAULT_SCHEME)
        if scheme:
            self.scheme.update(scheme)
        self.color_map = dict(_ALIASES)
        if color_map:
            self.color_map.update(color_map)

    @classmethod
    def from_xml(cls, theme_blob: bytes | None, clr_map: Any = None) -> Theme:
        scheme: dict[str, str] = {}
        if theme_blob:
            try:
                root = etree.fromstring(
                    theme_blob, parser=etree.XMLParser(resolve_entities=False, no_network=True)
                )
            except etree.XMLSyntaxError:
                root = None
            if root is not None:
                for node in root.iterfind(".//a:clrScheme/*", NS):
                    name = etree.QName(node).localname
                    value = _base_hex(node, None)
                    if value:
                        scheme[name] = value
        color_map = {}
        if clr_map is not None:
            for key in ("bg1", "tx1", "bg2", "tx2"):
                value = clr_map.get(key)
                if value:
                    color_map[key] = value
        return cls(scheme, color_map)

    def scheme_hex(self, name: str) -> str | None:
        name = self.color_map.get(name, name)
        return self.scheme.get(name)


def _base_hex(node: Any, theme: Theme | None) -> str | None:
    """The colour a single colour element names, before modifiers."""
    for child in node.iter():
        tag = etree.QName(child).localname
        if tag == "srgbClr":
            return str(child.get("val", "")).upper() or None
        if tag == "sysClr":
            return str(
                child.get("lastClr") or ("FFFFFF" if child.get("val") == "window" else "000000")
            ).upper()
        if tag == "schemeClr" and theme is not None:
            return theme.scheme_hex(child.get("val", ""))
        if tag == "prstClr":
            return _PRESET.get(child.get("val", ""), "808080")
        if tag == "scrgbClr":
            try:
                r, g, b = (int(float(child.get(k, "0")) / 100_000 * 255) for k in ("r", "g", "b"))
            except ValueError:
                return None
            return f"{r:02X}{g:02X}{b:02X}"
    return None


def _apply_mods(hex6: str, color_el: Any) -> str:
    try:
        r, g, b = (int(hex6[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return "#808080"
    for mod in color_el:
        name = etree.QName(mod).localname
        try:
            val = int(mod.get("val", "0")) / 100_000
        except ValueError:
            continue
        if name in ("lumMod", "lumOff"):
            h, light, s = colorsys.rgb_to_hls(r, g, b)
            light = light * val if name == "lumMod" else light + val
            r, g, b = colorsys.hls_to_rgb(h, min(max(light, 0.0), 1.0), s)
        elif name == "tint":  # towards white
            r, g, b = (c + (1 - c) * (1 - val) for c in (r, g, b))
        elif name == "shade":  # towards black
            r, g, b = (c * val for c in (r, g, b))
    return "#" + "".join(f"{round(min(max(c, 0.0), 1.0) * 255):02x}" for c in (r, g, b))


def resolve_color(color_parent: Any, theme: Theme) -> str | None:
    """Resolve the first colour element under `color_parent` (e.g. an a:solidFill) to "#rrggbb"."""
    if color_parent is None:
        return None
    for child in color_parent:
        tag = etree.QName(child).localname
        if tag in ("srgbClr", "schemeClr", "sysClr", "prstClr", "scrgbClr", "hslClr"):
            base = _base_hex(child, theme)
            if base is None or len(base) != 6:
                return None
            return _apply_mods(base, child)
    return None


def fill_color(props: Any, theme: Theme) -> tuple[bool, str | None]:
    """(declared, colour) for a property element holding a fill (spPr, tcPr, bg/bgPr).

    `declared` is False when the element says nothing about its fill (inherit it);
    a declared `None` colour means no fill.
    """
    if props is None:
        return False, None
    for child in props:
        tag = etree.QName(child).localname
        if tag == "noFill":
            return True, None
        if tag == "solidFill":
            return True, resolve_color(child, theme)
        if tag == "gradFill":
            stops = child.findall("a:gsLst/a:gs", NS)
            return True, resolve_color(stops[0], theme) if stops else None
        if tag in ("blipFill", "pattFill"):
            fg = child.find("a:fgClr", NS)
            return True, resolve_color(fg, theme) if fg is not None else "#d9d9d9"
    return False, None


def is_dark(color: str) -> bool:
    try:
        r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return False
    return (0.299 * r + 0.587 * g + 0.114 * b) < 128
