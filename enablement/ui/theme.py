"""The app's look: Fusion with a designed palette, light and dark, following the system.

One `Theme` holds the colours widgets and delegates paint with (chips, marks,
badges), so a colour is chosen once and read everywhere. `apply_theme()`
installs the palette, font and style sheet on the application.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True, slots=True)
class Theme:
    """Named colours of one scheme (hex strings)."""

    dark: bool
    window: str
    surface: str  # cards, panes
    surface_alt: str  # hover, alternating
    sunken: str  # search field, canvas behind slides
    border: str
    text: str
    text_muted: str
    accent: str
    accent_text: str
    accent_soft: str  # selected card background
    mark_bg: str  # matched words
    mark_text: str
    chip_competitor: str
    chip_competitor_text: str
    chip_product: str
    chip_product_text: str
    chip_tag: str
    chip_tag_text: str
    warning: str
    warning_soft: str
    danger: str
    success: str
    kind_colors: tuple[tuple[str, str], ...]  # (kind, colour) for icons

    def kind_color(self, kind: str) -> str:
        return dict(self.kind_colors).get(kind, self.text_muted)

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT = Theme(
    dark=False,
    window="#f3f4f7",
    surface="#ffffff",
    surface_alt="#f6f7fb",
    sunken="#e9ebf0",
    border="#dadde5",
    text="#1c2230",
    text_muted="#667085",
    accent="#3a5ccc",
    accent_text="#ffffff",
    accent_soft="#e6ecfc",
    mark_bg="#ffe27a",
    mark_text="#1c2230",
    chip_competitor="#fde8e7",
    chip_competitor_text="#a3322a",
    chip_product="#e3f3ec",
    chip_product_text="#1e6b4b",
    chip_tag="#eef0f4",
    chip_tag_text="#4b5565",
    warning="#b45309",
    warning_soft="#fff1d6",
    danger="#c2372f",
    success="#1f8a5b",
    kind_colors=(
        ("deck", "#d9622b"),
        ("battlecard", "#c2372f"),
        ("catalog", "#1f8a5b"),
        ("document", "#3a5ccc"),
        ("pdf", "#8e44ad"),
    ),
)

DARK = Theme(
    dark=True,
    window="#16181d",
    surface="#1f2229",
    surface_alt="#262a32",
    sunken="#121419",
    border="#323742",
    text="#e5e8ee",
    text_muted="#98a1b3",
    accent="#7393ff",
    accent_text="#0f1220",
    accent_soft="#27304a",
    mark_bg="#7a6118",
    mark_text="#fff6d8",
    chip_competitor="#3d2424",
    chip_competitor_text="#ffb4ac",
    chip_product="#1d3529",
    chip_product_text="#97dcb8",
    chip_tag="#2b303a",
    chip_tag_text="#c3cad6",
    warning="#f0a64a",
    warning_soft="#3b2d17",
    danger="#ff7b72",
    success="#4fc38a",
    kind_colors=(
        ("deck", "#f08a55"),
        ("battlecard", "#ff7b72"),
        ("catalog", "#4fc38a"),
        ("document", "#7393ff"),
        ("pdf", "#c58af0"),
    ),
)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        return hints.colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt < 6.5
        return False


def pick_theme(mode: str = "system") -> Theme:
    """`mode` is "system", "light" or "dark"."""
    if mode == "dark":
        return DARK
    if mode == "light":
        return LIGHT
    return DARK if system_prefers_dark() else LIGHT


def _palette(t: Theme) -> QPalette:
    pal = QPalette()
    c = QColor
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.surface,
        QPalette.ColorRole.AlternateBase: t.surface_alt,
        QPalette.ColorRole.ToolTipBase: t.surface,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.text_muted,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.surface,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.BrightText: t.danger,
        QPalette.ColorRole.Highlight: t.accent,
        QPalette.ColorRole.HighlightedText: t.accent_text,
        QPalette.ColorRole.Link: t.accent,
        QPalette.ColorRole.LinkVisited: t.accent,
        QPalette.ColorRole.Light: t.surface,
        QPalette.ColorRole.Midlight: t.surface_alt,
        QPalette.ColorRole.Mid: t.border,
        QPalette.ColorRole.Dark: t.border,
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in roles.items():
        pal.setColor(role, c(value))
    disabled = QColor(t.text_muted)
    disabled.setAlpha(150)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def _style_sheet(t: Theme) -> str:
    return f"""
QToolTip {{ color: {t.text}; background: {t.surface}; border: 1px solid {t.border}; padding: 4px 6px; }}
QMainWindow::separator {{ background: {t.border}; width: 1px; height: 1px; }}
QSplitter::handle {{ background: {t.window}; }}
QSplitter::handle:horizontal {{ width: 6px; }}
QSplitter::handle:vertical {{ height: 6px; }}
QStatusBar {{ background: {t.window}; color: {t.text_muted}; border-top: 1px solid {t.border}; }}
QStatusBar::item {{ border: none; }}
QMenuBar {{ background: {t.window}; }}
QMenu {{ background: {t.surface}; border: 1px solid {t.border}; padding: 4px; }}
QMenu::item {{ padding: 5px 24px 5px 10px; border-radius: 4px; }}
QMenu::item:selected {{ background: {t.accent_soft}; color: {t.text}; }}
QLineEdit, QComboBox, QSpinBox {{ border: 1px solid {t.border}; border-radius: 6px; padding: 4px 8px;
    background: {t.surface}; selection-background-color: {t.accent}; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus {{ border: 2px solid {t.accent}; padding: 3px 7px; }}
QLineEdit#searchField {{ font-size: 12pt; padding: 7px 10px 7px 6px; border-radius: 9px;
    border: 1px solid {t.border}; background: {t.surface}; }}
QLineEdit#searchField:focus {{ border: 2px solid {t.accent}; padding: 6px 9px 6px 5px; }}
QPushButton {{ border: 1px solid {t.border}; border-radius: 6px; padding: 5px 12px;
    background: {t.surface}; }}
QPushButton:hover {{ background: {t.surface_alt}; }}
QPushButton:pressed {{ background: {t.sunken}; }}
QPushButton:default, QPushButton[accent="true"] {{ background: {t.accent}; color: {t.accent_text};
    border-color: {t.accent}; }}
QPushButton:focus {{ border: 2px solid {t.accent}; padding: 4px 11px; }}
QPushButton:default:focus, QPushButton[accent="true"]:focus {{ border-color: {t.text}; }}
QToolButton {{ border: 1px solid transparent; border-radius: 6px; padding: 4px; }}
QToolButton:hover {{ background: {t.surface_alt}; border-color: {t.border}; }}
QToolButton:checked {{ background: {t.accent_soft}; border-color: {t.accent}; }}
QToolButton:focus {{ border: 2px solid {t.accent}; padding: 3px; }}
QToolButton#linkButton {{ color: {t.accent}; border: 2px solid transparent; padding: 0;
    text-decoration: underline; }}
QToolButton#linkButton:focus {{ border-color: {t.accent}; border-radius: 4px; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ padding: 7px 14px; margin-right: 2px; border: none; color: {t.text_muted};
    border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {t.text}; border-bottom: 2px solid {t.accent}; }}
QTabBar::tab:hover {{ color: {t.text}; }}
QListView, QTreeView, QTableView, QScrollArea#pane, QTextBrowser {{ border: 2px solid transparent;
    background: {t.window}; }}
QAbstractItemView:focus, QScrollArea#pane:focus, QTextBrowser:focus, QPlainTextEdit:focus {{
    border: 2px solid {t.accent}; }}
QLabel#emptyState:focus {{ border: 1px dashed {t.accent}; border-radius: 4px; }}
QListView#filmstrip {{ background: {t.sunken}; border-top: 1px solid {t.border}; padding: 4px; }}
QListView#filmstrip:focus {{ border: 2px solid {t.accent}; }}
QListView#filmstrip::item {{ border: 2px solid transparent; border-radius: 6px; padding: 3px;
    color: {t.text_muted}; }}
QListView#filmstrip::item:hover {{ border: 2px solid {t.border}; }}
QListView#filmstrip::item:selected {{ border: 2px solid {t.accent}; background: {t.accent_soft};
    color: {t.accent}; }}
QFrame#card {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 10px; }}
QFrame#banner {{ background: {t.accent_soft}; border: 1px solid {t.accent}; border-radius: 8px; }}
QFrame#welcome {{ background: {t.surface}; border: 1px solid {t.border}; border-left: 4px solid {t.accent};
    border-radius: 8px; }}
QFrame#facetPanel {{ background: {t.window}; }}
QLabel#muted {{ color: {t.text_muted}; }}
QLabel#heading {{ font-size: 14pt; font-weight: 600; }}
QLabel#sectionTitle {{ font-size: 8pt; font-weight: 700; color: {t.text_muted}; letter-spacing: 1px; }}
QHeaderView::section {{ background: {t.window}; border: none; border-bottom: 1px solid {t.border};
    padding: 4px 6px; color: {t.text_muted}; }}
QProgressBar {{ border: 1px solid {t.border}; border-radius: 5px; background: {t.sunken}; height: 10px;
    text-align: center; font-size: 8pt; }}
QProgressBar::chunk {{ background: {t.accent}; border-radius: 4px; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 4px; min-height: 30px; margin: 2px; }}
QScrollBar::handle:vertical:hover {{ background: {t.text_muted}; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 0; }}
QScrollBar::handle:horizontal {{ background: {t.border}; border-radius: 4px; min-width: 30px; margin: 2px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
"""


def banner_style(t: Theme) -> str:
    """The style sheet of a page's error banner (red text and border on the surface); pages
    re-apply it when the theme changes, a style sheet does not follow the palette."""
    return (
        f"QLabel {{ color: {t.danger}; background: {t.surface}; border: 1px solid {t.danger};"
        " border-radius: 6px; padding: 6px 10px; }"
    )


def ui_font() -> QFont:
    """A readable UI font: Noto Sans / Inter / Segoe UI when present, else the system font."""
    families = set(QFontDatabase.families())
    font = QGuiApplication.font()
    for name in ("Inter", "Segoe UI", "Noto Sans", "Cantarell", "Ubuntu", "DejaVu Sans"):
        if name in families:
            font = QFont(name)
            break
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Each setter re-polishes every live widget: skip those that would change nothing (a second
    window, or a window opened again, must not restyle the whole application)."""
    if app.style().name().casefold() != "fusion":
        app.setStyle("Fusion")
    palette = _palette(theme)
    if app.palette() != palette:
        app.setPalette(palette)
    sheet = _style_sheet(theme)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


class Appearance(QObject):
    """The current theme, handed to widgets through their constructors.

    Signals:
        changed(): the theme changed (the system switched light/dark or the user chose one).
    """

    changed = Signal()

    def __init__(self, mode: str = "system", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = mode
        self.theme = pick_theme(mode)

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        self._mode = mode
        self.refresh()

    def refresh(self) -> None:
        theme = pick_theme(self._mode)
        if theme is not self.theme:
            self.theme = theme
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, theme)
            self.changed.emit()
