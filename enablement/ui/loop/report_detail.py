"""ReportDetail: one report in full (state, owner, answer, what it led to, history) and,
for marketing, the triage actions.

The widget renders and emits requests; the page runs them through the services. Text typed
into the answer box is kept per report until the service has taken it, so a refused action
(a decline without a reason, a lost connection) and a reload never lose it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from enablement.insights.models import LinkKind, LinkTarget, Report, ReportEvent, ReportState, ReportType
from enablement.ui.elided_label import ElidedCombo
from enablement.ui.labels import date_time
from enablement.ui.layouts import FlowLayout
from enablement.ui.loop.inbox_data import Choice
from enablement.ui.loop.report_texts import (
    chip_style,
    event_text,
    kind_label,
    outcome_label,
    size_label,
    state_label,
    subject,
    type_label,
)
from enablement.ui.theme import Theme

_NEXT = {  # the moves the service allows, for enabling buttons (the service still decides)
    ReportState.NEW: {"accepted", "planned", "done", "declined"},
    ReportState.ACCEPTED: {"planned", "done", "declined"},
    ReportState.PLANNED: {"done", "declined"},
}


def _shrinkable(box: QComboBox) -> None:
    """A combo of long titles (items, people) takes the width it is given, not its longest entry's;
    the entry in full is its tooltip."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(4)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class ReportDetail(QWidget):
    """One report; `triage=True` adds marketing's actions.

    Signals:
        state_requested(int, str, str): report id, target state, reason (may be empty).
        owner_requested(int, str): report id, the new owner ("" clears it).
        answer_requested(int, str): report id, the answer's text.
        link_requested(int, str, int): report id, "item", "ballot" or "version", its id (a
            versions.id for a version).
        unit_opened(int, str, int): show item, unit kind, unit number in the preview.
    """

    state_requested = Signal(int, str, str)
    owner_requested = Signal(int, str)
    answer_requested = Signal(int, str)
    link_requested = Signal(int, str, int)
    unit_opened = Signal(int, str, int)

    def __init__(self, *, theme: Theme, triage: bool, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.triage = triage
        self.user = user
        self.report: Report | None = None
        self.drafts: dict[int, str] = {}
        self.ballots: dict[int, str] = {}
        self.items: dict[int, str] = {}
        self.versions: dict[int, LinkTarget] = {}  # versions.id -> the version, named
        self.card_ids: set[int] = set()  # items that are battle cards: "the battle card «…»"
        self._choices: list[Choice] = []
        self._version_choices: list[LinkTarget] = []
        self._build()
        self.retranslate()
        self.show_report(None)

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        # The report scrolls (a 10,000-character intel text, a long history); the triage actions
        # stay below it, in reach, however long the entry is.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(12, 10, 12, 4)
        inner.setSpacing(8)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.chip = QLabel()
        head.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(head)
        self.meta = QLabel()
        self.meta.setObjectName("muted")
        self.meta.setWordWrap(True)
        self.meta.linkActivated.connect(self._on_link)
        inner.addWidget(self.meta)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(self.body)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setObjectName("card")
        self.answer.setContentsMargins(8, 8, 8, 8)  # «Ответа пока нет» sat on the card's border
        inner.addWidget(self.answer)
        self.led_to = QLabel()
        self.led_to.setWordWrap(True)
        self.led_to.linkActivated.connect(self._on_link)
        inner.addWidget(self.led_to)
        self.history = QLabel()
        self.history.setObjectName("muted")
        self.history.setWordWrap(True)
        inner.addWidget(self.history)
        inner.addStretch(1)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(self.empty)
        inner.addStretch(1)
        self.scroll_area.setWidget(content)
        # With the welcome strip on a 768-px screen the actions below took all but two lines:
        # the entry keeps about six, the answer box gives way first (down to two lines).
        self.scroll_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 6 + 14)
        outer.addWidget(self.scroll_area, 1)
        below = QVBoxLayout()
        below.setContentsMargins(12, 0, 12, 10)
        self.action_frame = self._build_actions()
        below.addWidget(self.action_frame)
        self.action_frame.setVisible(self.triage)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        below.addWidget(self.error)
        outer.addLayout(below)
        self.set_theme(self.theme)

    def set_theme(self, theme: Theme) -> None:
        """Colours follow a light/dark switch (the state chip and the error)."""
        self.theme = theme
        self.error.setStyleSheet(f"QLabel {{ color: {theme.danger}; }}")
        if self.report is not None:
            self.chip.setStyleSheet(chip_style(self.report.state, theme))

    def _build_actions(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("card")
        grid = QGridLayout(frame)
        grid.setContentsMargins(10, 8, 10, 8)
        self.text_box = QPlainTextEdit()
        self.text_box.setMaximumHeight(90)
        self.text_box.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.text_box.textChanged.connect(self._on_text_changed)
        grid.addWidget(self.text_box, 0, 0, 1, 4)
        self.answer_button = QPushButton()
        self.answer_button.clicked.connect(self._on_answer)
        self.state_buttons: dict[str, QPushButton] = {}
        # A flow, not a row: in Russian the five buttons need ~640 px and would widen the window.
        self.button_row = QWidget()
        row = FlowLayout(self.button_row, spacing=6)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.answer_button)
        for state in ("accepted", "planned", "done", "declined"):
            button = QPushButton()
            button.clicked.connect(lambda _c=False, s=state: self._on_state(s))
            self.state_buttons[state] = button
            row.addWidget(button)
        grid.addWidget(self.button_row, 1, 0, 1, 4)
        # Label beside its fields, or above them when the pane is narrow (Russian labels are long).
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.owner_label = QLabel()
        self.owner_box = QComboBox()
        self.owner_box.setEditable(True)
        _shrinkable(self.owner_box)
        self.assign_button = QPushButton()
        self.assign_button.clicked.connect(self._on_assign)
        self.take_button = QPushButton()
        self.take_button.clicked.connect(self._on_take)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner_box, 1)
        owner_row.addWidget(self.assign_button)
        owner_row.addWidget(self.take_button)
        form.addRow(self.owner_label, owner_row)
        self.link_label = QLabel()
        self.link_kind = QComboBox()
        # Its three choices are short words: the box is as wide as the longest in the current
        # language (Russian's "Боевая карточка" too, also after a switch from English).
        self.link_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.link_kind.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.link_kind.currentIndexChanged.connect(self._fill_link_targets)
        # Long titles ("version 3 of «…»"): the box gets a row of its own, the pane's full width,
        # and elides what still does not fit (whole in its tooltip and its list).
        self.link_target = ElidedCombo()
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self._on_link_requested)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_kind)
        link_row.addStretch(1)
        link_row.addWidget(self.link_button)
        form.addRow(self.link_label, link_row)
        form.addRow(self.link_target)
        grid.addLayout(form, 2, 0, 1, 4)
        return frame

    def retranslate(self) -> None:
        self.text_box.setPlaceholderText(
            self.tr("An answer to the author, or the reason for a decline (the author is notified)")
        )
        self.answer_button.setText(self.tr("Answer"))
        for state, text in (
            ("accepted", self.tr("Accept")),
            ("planned", self.tr("Plan")),
            ("done", self.tr("Done")),
            ("declined", self.tr("Decline…")),
        ):
            self.state_buttons[state].setText(text)
        self.owner_label.setText(self.tr("Owner:"))
        self.assign_button.setText(self.tr("Assign"))
        self.take_button.setText(self.tr("Take it"))
        self.link_label.setText(self.tr("Led to:"))
        self.link_button.setText(self.tr("Link"))
        current = self.link_kind.currentIndex()
        self.link_kind.blockSignals(True)
        self.link_kind.clear()
        self.link_kind.addItem(self.tr("An item"), "item")
        self.link_kind.addItem(self.tr("A battle card"), "battlecard")
        self.link_kind.addItem(self.tr("A ballot"), "ballot")
        self.link_kind.addItem(self.tr("A new version"), "version")
        self.link_kind.setCurrentIndex(max(0, current))
        self.link_kind.blockSignals(False)
        self.empty.setText(self.tr("Choose an entry to see it in full."))
        self.show_report(self.report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ data

    def set_choices(
        self,
        *,
        people: list[str],
        items: list[Choice],
        ballots: dict[int, str],
        versions: list[LinkTarget] | None = None,
        targets: dict[tuple[LinkKind, int], LinkTarget] | None = None,
    ) -> None:
        """Who can own a report, what it can be linked to, and what the reports led to, named."""
        self._choices = items
        self._version_choices = list(versions or [])
        self.items = {c.id: c.title for c in items}
        self.ballots = dict(ballots)
        self.versions = {v.id: v for v in self._version_choices}
        self.card_ids = {c.id for c in items if c.kind == "battlecard"}
        for (kind, ref), target in (targets or {}).items():
            if target.title is None:
                continue
            if kind is LinkKind.VERSION:
                self.versions[ref] = target
            elif kind is LinkKind.ITEM:
                self.items.setdefault(ref, target.title)
                if target.is_card:
                    self.card_ids.add(ref)
            else:
                self.ballots.setdefault(ref, target.title)
        typed = self.owner_box.currentText()
        self.owner_box.clear()
        self.owner_box.addItem("")
        self.owner_box.addItems(people)
        self.owner_box.setEditText(typed)
        self._fill_link_targets()

    def _fill_link_targets(self) -> None:
        kind = self.link_kind.currentData()
        chosen = self.link_target.currentData()
        self.link_target.clear()
        if kind == "ballot":
            for ballot_id, title in sorted(self.ballots.items(), reverse=True):
                self.link_target.addItem(f"{title} (#{ballot_id})", ballot_id)
        elif kind == "version":
            # The report's own item's versions first (a feedback's deck re-imported), newest first.
            own = self.report.item_id if self.report is not None else None
            for version in sorted(self._version_choices, key=lambda v: v.item_id != own):
                self.link_target.addItem(self._version_text(version), version.id)
        else:
            for choice in self._choices:
                if kind == "battlecard" and choice.kind != "battlecard":
                    continue
                self.link_target.addItem(choice.title, choice.id)
        index = self.link_target.findData(chosen)
        if index >= 0:
            self.link_target.setCurrentIndex(index)

    def show_report(self, report: Report | None, events: list[ReportEvent] | None = None) -> None:
        """Show `report` (None: the empty state); a different report hides the last error."""
        if report is None or self.report is None or report.id != self.report.id:
            self.error.hide()
        self.report = report
        shown = report is not None
        for widget in (self.title, self.chip, self.meta, self.body, self.answer, self.led_to, self.history):
            widget.setVisible(shown)
        self.action_frame.setVisible(shown and self.triage)
        self.empty.setVisible(not shown)
        if report is None:
            return
        self.title.setText(f"{type_label(report.type.value)} · {kind_label(report.kind)}")
        self.chip.setText(state_label(report.state.value))
        self.chip.setStyleSheet(chip_style(report.state, self.theme))
        self.meta.setText(self._meta(report))
        self.body.setText(report.text)
        if report.answer:
            said = self.tr("Marketing's answer (%1, %2):").replace("%1", report.answered_by or "")
            said = said.replace("%2", date_time(report.answered_at) if report.answered_at else "")
            self.answer.setText(f"<b>{_escape(said)}</b><br>{_escape(report.answer)}")
        else:
            self.answer.setText(self.tr("No answer yet."))
        self.led_to.setText(self._led_to(report))
        if self.link_kind.currentData() == "version":
            self._fill_link_targets()  # this report's item's versions first
        if events is not None:
            self.show_history(report.id, events)
        self._show_actions(report)

    def show_history(self, report_id: int, events: list[ReportEvent]) -> None:
        if self.report is None or self.report.id != report_id:
            return
        lines = [f"{date_time(e.at)}  {e.actor}: {self._event_text(e)}" for e in events]
        heading = self.tr("History")
        self.history.setText(f"<b>{_escape(heading)}</b><br>" + "<br>".join(_escape(line) for line in lines))

    def _event_text(self, event: ReportEvent) -> str:
        """A history line in words; a link names what it led to and what it replaced, not "item:31"."""
        if event.action != "link" or not event.new_value:
            return event_text(event.action, event.old_value, event.new_value)
        target = self._link_name(event.new_value)
        if target is None:
            return event_text(event.action, event.old_value, event.new_value)
        replaced = self._link_name(event.old_value) if event.old_value else None
        return event_text(event.action, replaced or event.old_value, target)

    def _link_name(self, value: str | None) -> str | None:
        """A history value "item:31" named: «Deck», the battle card «Acme», the version 2 of «…»."""
        kind, _, ref = (value or "").partition(":")
        if not ref.isdigit():
            return None
        if kind == LinkKind.BALLOT.value:
            name = self.ballots.get(int(ref)) or self.tr("ballot %1").replace("%1", ref)
            return self.tr("the ballot %1").replace("%1", f"«{name}»")
        if kind == LinkKind.VERSION.value:
            version = self.versions.get(int(ref))
            if version is None:
                return self.tr("a version")
            # "linked it to the version 2 of «…»" (the object of the sentence, in Russian too)
            target = self.tr("the version %1 of %2").replace("%1", str(version.number))
            return target.replace("%2", f"«{version.title or ''}»")
        if int(ref) in self.card_ids:
            return self.tr("the battle card %1").replace("%1", f"«{self.items.get(int(ref), ref)}»")
        title = self.items.get(int(ref)) or self.tr("item %1").replace("%1", ref)
        return f"«{title}»"

    def _meta(self, report: Report) -> str:
        parts = [
            _escape(
                self.tr("Sent by %1 on %2").replace("%1", report.author).replace("%2", date_time(report.at))
            )
        ]
        about = subject(report)
        if report.type is ReportType.FEEDBACK and report.item_id is not None:
            href = f"unit:{report.item_id}:{report.unit_kind or ''}:{report.unit_number or 1}"
            parts.append(self.tr("About:") + f' <a href="{href}">{_escape(about)}</a>')
            if report.item_version is not None:  # after a re-import the unit may read otherwise now
                parts.append(_escape(self.tr("given on version %1").replace("%1", str(report.item_version))))
        elif about:
            parts.append(_escape(self.tr("About: %1").replace("%1", about)))
        if report.outcome is not None:
            parts.append(_escape(self.tr("Deal: %1").replace("%1", outcome_label(report.outcome.value))))
        if report.size_band is not None:
            parts.append(_escape(self.tr("Size: %1").replace("%1", size_label(report.size_band.value))))
        if report.attachment_name:
            parts.append(_escape(self.tr("Attached: %1").replace("%1", report.attachment_name)))
        owner = report.owner or self.tr("nobody yet")
        parts.append(_escape(self.tr("Owner: %1").replace("%1", owner)))
        return " · ".join(parts)

    def _led_to(self, report: Report) -> str:
        if report.led_to is None:
            return _escape(self.tr("Led to: nothing yet"))
        kind, ref = report.led_to
        if kind is LinkKind.BALLOT:
            name = self.ballots.get(ref) or self.tr("ballot %1").replace("%1", str(ref))
            return _escape(self.tr("Led to the ballot %1").replace("%1", f"«{name}»"))
        text = _escape(self.tr("Led to:"))
        if kind is LinkKind.VERSION:
            version = self.versions.get(ref)
            if version is None or version.item_id is None:
                return _escape(self.tr("Led to a version that was removed since"))
            return f'{text} <a href="unit:{version.item_id}::1">{_escape(self._version_text(version))}</a>'
        title = self.items.get(ref) or self.tr("item %1").replace("%1", str(ref))
        if ref in self.card_ids:
            card = self.tr("battle card %1").replace("%1", f"«{title}»")
            return f'{text} <a href="unit:{ref}::1">{_escape(card)}</a>'
        return f'{text} <a href="unit:{ref}::1">{_escape(title)}</a>'

    def _version_text(self, version: LinkTarget) -> str:
        """'version 3 of «Router X1 deck»'."""
        text = self.tr("version %1 of %2").replace("%1", str(version.number))
        return text.replace("%2", f"«{version.title or ''}»")

    def _show_actions(self, report: Report) -> None:
        allowed = _NEXT.get(report.state, set())
        for state, button in self.state_buttons.items():
            button.setEnabled(state in allowed)
        self.text_box.blockSignals(True)
        self.text_box.setPlainText(self.drafts.get(report.id, ""))
        self.text_box.blockSignals(False)
        self.owner_box.setEditText(report.owner or "")
        self.take_button.setEnabled(report.owner != self.user)

    # ------------------------------------------------------------ results of actions

    def action_done(self, report_id: int, *, used_text: bool) -> None:
        """The service took an action on `report_id`; the text it used is gone from the box."""
        if used_text:
            self.drafts.pop(report_id, None)
            if self.report is not None and self.report.id == report_id:
                self.text_box.blockSignals(True)
                self.text_box.clear()
                self.text_box.blockSignals(False)
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisible() else ""

    # ------------------------------------------------------------ slots

    def _on_text_changed(self) -> None:
        if self.report is not None:
            self.drafts[self.report.id] = self.text_box.toPlainText()

    def _on_state(self, state: str) -> None:
        if self.report is not None:
            self.state_requested.emit(self.report.id, state, self.text_box.toPlainText().strip())

    def _on_answer(self) -> None:
        if self.report is not None:
            self.answer_requested.emit(self.report.id, self.text_box.toPlainText().strip())

    def _on_assign(self) -> None:
        if self.report is not None:
            self.owner_requested.emit(self.report.id, self.owner_box.currentText().strip())

    def _on_take(self) -> None:
        if self.report is not None:
            self.owner_requested.emit(self.report.id, self.user)

    def _on_link_requested(self) -> None:
        if self.report is None:
            return
        ref = self.link_target.currentData()
        if ref is None:
            self.show_error(self.tr("Choose what the entry led to first."))
            return
        chosen = self.link_kind.currentData()
        kind = chosen if chosen in ("ballot", "version") else "item"
        self.link_requested.emit(self.report.id, kind, int(ref))

    def _on_link(self, href: str) -> None:
        scheme, _, rest = href.partition(":")
        if scheme != "unit":
            return
        item, kind, number = rest.split(":")
        self.unit_opened.emit(int(item), kind, int(number or 1))
