"""The deck check beside the preview: a marketer sees what to fix on the deck on show, slide by slide.

When a deck is previewed, a chip on the preview's header says how many findings it has
("3 to fix"); pressing it opens a checklist beside the slide (`DeckCheckPanel`), the findings
grouped by slide with their severity and translated sentence. Clicking a finding shows its
slide; the filmstrip numbers of slides with findings carry a small mark.

The check (enablement.workbench.deck_check) runs through the task runner as a read and is
cached per (item, version): going back to a deck costs nothing, a new version is checked
again. Who sees it: marketing and admins on a team library, the single user of a personal
one (who is their own marketer); a seller's preview stays as it was.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enablement.store import repository as repo
from enablement.ui.messages import error_text, translated
from enablement.workbench.deck_check import DeckReport, check_item
from enablement.workbench.deck_rules import Finding, Severity

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.store import Library
    from enablement.ui.icons import IconSet
    from enablement.ui.preview_pane import PreviewPane
    from enablement.ui.tasks import TaskRunner
    from enablement.ui.theme import Appearance, Theme

__all__ = ["DeckCheck", "DeckCheckChip", "DeckCheckPanel", "PaneDeckCheck"]

SLIDE_ROLE = Qt.ItemDataRole.UserRole + 1
FILM_MARK = "●"  # before a filmstrip number: this slide has findings
MAY_CHECK = frozenset({"marketing", "admin"})
_CACHE_SIZE = 32
WRAP = int(Qt.TextFlag.TextWordWrap)


def run_check(library: Library, item_id: int) -> DeckReport:
    """Worker body: the deck check of the item's current version, as of today."""
    return check_item(library, item_id, today=date.today())


def may_check(services: Services) -> bool:
    """Worker body: does this person see the deck check? (a seller on a team library does not)"""
    if not services.is_team:
        return True
    with services.library.reading() as conn:
        return repo.person_role(conn, services.user) in MAY_CHECK


def severity_color(theme: Theme, severity: Severity) -> str:
    return {Severity.ERROR: theme.danger, Severity.WARNING: theme.warning}.get(severity, theme.accent)


def _worst(findings: tuple[Finding, ...] | list[Finding]) -> Severity | None:
    order = (Severity.ERROR, Severity.WARNING, Severity.INFO)
    return next((s for s in order if any(f.severity == s for f in findings)), None)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped sentence: a view's own word wrap does not size the rows."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        hint = super().sizeHint(option, index)
        depth = 1 if index.parent().isValid() else 0
        room = self.tree.viewport().width() - self.tree.indentation() * depth - 34
        text = str(index.data() or "")
        box = option.fontMetrics.boundingRect(QRect(0, 0, max(room, 60), 10_000), WRAP, text)
        return QSize(hint.width(), max(hint.height(), box.height() + 6))


class DeckCheckChip(QToolButton):
    """The header chip: "3 to fix" (coloured by the worst finding), checkable to show the panel."""

    def __init__(self, *, appearance: Appearance, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self.icons = icons
        self.setObjectName("deckCheckChip")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.state: tuple[str, int, Severity | None] = ("idle", 0, None)
        self.hide()

    def set_state(self, state: str, count: int = 0, worst: Severity | None = None) -> None:
        """`state` is "checking", "done" (with `count` findings, the `worst`) or "failed"."""
        self.state = (state, count, worst)
        self._render()

    def _render(self) -> None:
        t = self.appearance.theme
        state, count, worst = self.state
        if state == "checking":
            text, color, icon = self.tr("Checking deck…"), t.text_muted, "review"
        elif state == "failed":
            text, color, icon = self.tr("Deck check failed"), t.text_muted, "warning"
        elif count:
            text = self.tr("%n to fix", "", count)
            color = severity_color(t, worst or Severity.INFO)
            icon = "info" if worst == Severity.INFO else "warning"
        else:
            text, color, icon = self.tr("Deck sells"), t.success, "review"
        self.setText(text)
        self.setIcon(self.icons.icon(icon, color))
        self.setToolTip(self.tr("Deck check: what to fix so the deck sells (show or hide the checklist)"))
        self.setStyleSheet(
            f"QToolButton#deckCheckChip {{ color: {color}; border: 1px solid {color}; border-radius: 10px;"
            f" padding: 1px 8px; font-weight: 600; background: transparent; }}"
            f" QToolButton#deckCheckChip:checked {{ background: {t.accent_soft}; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)


class DeckCheckPanel(QFrame):
    """The checklist: findings grouped by slide, severity icons and colours, translated sentences.

    Signals:
        slide_requested(int): a finding (or its slide's row) was clicked: show that slide.
        close_requested(): the close button was pressed.
    """

    slide_requested = Signal(int)
    close_requested = Signal()

    def __init__(self, *, appearance: Appearance, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self.icons = icons
        self.report: DeckReport | None = None
        self._error = ""
        self.setObjectName("deckCheckPanel")
        self.setMinimumWidth(240)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icons.icon("clear"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_requested)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("muted")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("deckCheckList")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)  # a finding is a sentence: wrapped, never cut off
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        self.note = QLabel(self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 8, 10)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        appearance.changed.connect(self._render)
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(340, 400)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.tree.scheduleDelayedItemsLayout()  # rows re-wrap to the new width

    # ------------------------------------------------------------------ content

    def show_loading(self) -> None:
        self.report, self._error = None, ""
        self._render()

    def show_report(self, report: DeckReport) -> None:
        self.report, self._error = report, ""
        self._render()

    def show_error(self, text: str) -> None:
        self.report, self._error = None, text
        self._render()

    def select_slide(self, number: int) -> None:
        """Follow the preview: the slide on show is the current row (when it has findings)."""
        for item in self.slide_items():
            if item.data(0, SLIDE_ROLE) == number:
                self.tree.setCurrentItem(item)
                return
        self.tree.clearSelection()

    def slide_items(self) -> list[QTreeWidgetItem]:
        """The slide rows ("Slide 12", "Whole deck"), in order."""
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def finding_items(self) -> list[QTreeWidgetItem]:
        """The rows of the findings (not the slide rows), in order: for tests and accessibility."""
        rows = (group.child(j) for group in self.slide_items() for j in range(group.childCount()))
        return [row for row in rows if row is not None]

    def _render(self) -> None:
        t = self.appearance.theme
        self.tree.clear()
        report = self.report
        self.note.setVisible(False)
        if report is None:
            self.summary.setText(self._error or self.tr("Checking the deck…"))
            self.summary.setStyleSheet(f"color: {t.danger}" if self._error else "")
            return
        self.summary.setStyleSheet("")
        count = len(report.findings)
        if report.clean:
            self.summary.setText(self.tr("No findings: nothing stops this deck from selling."))
        else:
            slides = sum(1 for slide, _ in report.by_slide() if slide is not None)
            self.summary.setText(
                self.tr("%n finding(s)", "", count) + " · " + self.tr("on %n slide(s)", "", slides)
            )
        bold = self.tree.font()
        bold.setBold(True)
        for slide, findings in report.by_slide():
            group = QTreeWidgetItem(self.tree)
            if slide is None:
                group.setText(0, self.tr("Whole deck"))
            else:
                group.setText(0, self.tr("Slide %1").replace("%1", str(slide)))
                group.setData(0, SLIDE_ROLE, slide)
            group.setFont(0, bold)
            worst = _worst(findings)
            group.setForeground(0, QColor(severity_color(t, worst) if worst else t.text))
            for finding in findings:
                row = QTreeWidgetItem(group)
                row.setText(0, translated(finding.message))
                row.setIcon(
                    0, self.icons.icon(_severity_icon(finding.severity), severity_color(t, finding.severity))
                )
                row.setData(0, SLIDE_ROLE, finding.slide)
                row.setData(0, Qt.ItemDataRole.UserRole, finding.rule)
                tip = f"<b>{html.escape(self._severity_name(finding.severity))}</b>"
                tip += f"<br>{html.escape(translated(finding.message))}"
                if finding.evidence:
                    tip += f"<br><i>«{html.escape(finding.evidence)}»</i>"
                row.setToolTip(0, tip)
            group.setExpanded(True)
        if report.skipped:
            self.note.setText("\n".join(translated(m) for m in report.skipped))
            self.note.setVisible(True)

    def _severity_name(self, severity: Severity) -> str:
        return {
            Severity.ERROR: self.tr("Loses deals"),
            Severity.WARNING: self.tr("Weakens the pitch"),
            Severity.INFO: self.tr("Worth a look"),
        }[severity]

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        slide = item.data(0, SLIDE_ROLE)
        if isinstance(slide, int):
            self.slide_requested.emit(slide)

    # ------------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        self.title.setText(self.tr("DECK CHECK"))
        self.close_button.setToolTip(self.tr("Hide the deck check"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _severity_icon(severity: Severity) -> str:
    return "info" if severity == Severity.INFO else "warning"


class PaneDeckCheck(QObject):
    """Joins one preview pane to the deck check: its chip, its panel, filmstrip marks, the cache.

    Attributes:
        chip: the header chip (hidden unless a deck is on show and the person may check).
        panel: the checklist beside the view (shown while the chip is pressed).
    """

    def __init__(
        self,
        *,
        pane: PreviewPane,
        library: Library,
        runner: TaskRunner,
        cache: dict[tuple[int, int], DeckReport],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.library = library
        self.runner = runner
        self.cache = cache
        self.enabled = False
        self._sized = False
        self.key: tuple[int, int] | None = None
        self.chip = DeckCheckChip(appearance=pane.appearance, icons=pane.icons, parent=pane)
        self.panel = DeckCheckPanel(appearance=pane.appearance, icons=pane.icons, parent=pane)
        self.panel.hide()
        pane.add_header_widget(self.chip)
        pane.add_side_panel(self.panel)
        self.chip.toggled.connect(self._on_chip_toggled)
        self.panel.close_requested.connect(lambda: self.chip.setChecked(False))
        self.panel.slide_requested.connect(self.show_slide)
        pane.unit_shown.connect(self._on_unit_shown)
        pane.cleared.connect(self._on_cleared)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            self._on_cleared()
        elif self.pane.bundle is not None:
            self._on_unit_shown(self.pane.bundle.item.id, self.pane.unit_kind, self.pane.number)

    def retire(self) -> None:
        """Another library is on show: take the chip and panel off the pane."""
        self.key = None
        for widget in (self.chip, self.panel):
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self.deleteLater()

    # ------------------------------------------------------------------ following the preview

    def _on_unit_shown(self, item_id: int, _kind: str, number: int) -> None:
        bundle = self.pane.bundle
        if not self.enabled or bundle is None or str(bundle.item.kind) != "deck":
            self._on_cleared()
            return
        key = (item_id, bundle.item.version)
        if key == self.key:
            self._mark_filmstrip()
            self.panel.select_slide(number)
            return
        self.key = key
        self.chip.show()
        report = self.cache.get(key)
        if report is not None:
            self._show(report)
            return
        self.chip.set_state("checking")
        self.panel.show_loading()
        self.runner.submit(
            run_check,
            self.library,
            item_id,
            kind="read",
            on_done=lambda result: self._on_checked(key, result),
            on_error=lambda exc: self._on_failed(key, exc),
        )

    def _on_cleared(self) -> None:
        self.key = None
        self.chip.hide()
        self.panel.hide()

    def _on_checked(self, key: tuple[int, int], report: DeckReport) -> None:
        self.cache[key] = report
        while len(self.cache) > _CACHE_SIZE:
            self.cache.pop(next(iter(self.cache)))
        if key == self.key:
            self._show(report)

    def _on_failed(self, key: tuple[int, int], exc: BaseException) -> None:
        if key != self.key:
            return
        self.chip.set_state("failed")
        self.panel.show_error(error_text(exc))

    def _show(self, report: DeckReport) -> None:
        self.chip.set_state("done", len(report.findings), _worst(report.findings))
        self.panel.show_report(report)
        self.panel.setVisible(self.chip.isChecked())
        self.panel.select_slide(self.pane.number)
        self._mark_filmstrip()

    def _mark_filmstrip(self) -> None:
        """A mark before the number of each filmstrip slide with findings (the model is the pane's)."""
        report = self.cache.get(self.key) if self.key else None
        if report is None:
            return
        model = self.pane.slides.film_model
        flagged: dict[int, list[Finding]] = {}
        for f in report.findings:
            if f.slide is not None:
                flagged.setdefault(f.slide, []).append(f)
        color = self.pane.appearance.theme
        for row in range(model.rowCount()):
            item = model.item(row)
            findings = flagged.get(row + 1)
            item.setText(f"{FILM_MARK} {row + 1}" if findings else str(row + 1))
            worst = _worst(findings) if findings else None
            item.setForeground(QColor(severity_color(color, worst)) if worst else QColor(color.text))

    def _on_chip_toggled(self, checked: bool) -> None:
        self.panel.setVisible(checked and self.key is not None)
        if self.panel.isVisible() and not self._sized:  # first time: room for the sentences
            self._sized = True
            body = self.pane.body
            sizes = body.sizes()
            width = min(self.panel.sizeHint().width(), max(sum(sizes) // 3, self.panel.minimumWidth()))
            at = body.indexOf(self.panel)
            rest = (sum(sizes) - width) // max(1, len(sizes) - 1)
            body.setSizes([width if i == at else rest for i in range(len(sizes))])
        if checked and self.key is not None:
            self.panel.select_slide(self.pane.number)

    def show_slide(self, number: int) -> None:
        """Jump the preview to slide `number` of the deck on show."""
        bundle = self.pane.bundle
        if bundle is None:
            return
        if self.pane.stack.currentWidget() is self.pane.slides:
            self.pane.slides.show_slide(number)
        else:  # a deck shown as text (no original): show that slide's unit
            self.pane.show_unit(bundle.item.id, "slide", number)


class DeckCheck(QObject):
    """The deck check of one library, on both of the window's preview panes (search and browse)."""

    def __init__(self, *, window: Any, services: Services) -> None:
        super().__init__(window)
        self.cache: dict[tuple[int, int], DeckReport] = {}
        self.panes = [
            PaneDeckCheck(
                pane=pane, library=services.library, runner=window.runner, cache=self.cache, parent=self
            )
            for pane in (window.preview, window.browse.preview_pane)
        ]
        if services.is_team:
            window.runner.submit(may_check, services, on_done=self._set_enabled)
        else:
            self._set_enabled(True)

    @classmethod
    def attach(cls, window: Any, services: Services, previous: DeckCheck | None = None) -> DeckCheck:
        """The deck check for `services`, replacing `previous` (another library's) on the panes."""
        if previous is not None:
            previous.retire()
        return cls(window=window, services=services)

    def _set_enabled(self, enabled: bool) -> None:
        for pane in self.panes:
            pane.set_enabled(enabled)

    def retire(self) -> None:
        for pane in self.panes:
            pane.retire()
        self.panes = []
        self.deleteLater()
