"""The field-intel dialog: what a seller met in the field, recorded in a few seconds.

Kind, competitor and product (picked from the library's own values, or typed new), the deal it
is about (still open, won or lost, and its size band), a free text and an optional file: the
same model as `enablement intel add --outcome --size`. A price, claim, objection or request may
come from a deal still open, so the deal row is there for every kind; "Deal won or lost" is the
kind whose outcome is the report itself. Every rule (required text, limits, which
files may be attached, the library's spelling of a name) is `ReportService`'s: the dialog sends
what was typed through the task runner and shows the service's answer. A refused send keeps
everything typed; so does closing the dialog, which the window keeps for the next time.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enablement.insights import DealOutcome, IntelKind, KnownValues, Report, ReportService, SizeBand
from enablement.insights.reports import ATTACHMENT_SUFFIXES, MAX_TEXT_CHARS
from enablement.ui.elided_label import ElidedLabel
from enablement.ui.loop.report_texts import kind_label, size_label
from enablement.ui.messages import error_text
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance

DEAL = "deal"  # the kind combo's one entry for deal_won / deal_lost; the outcome combo says which
_KINDS = (IntelKind.PRICE, IntelKind.CLAIM, IntelKind.OBJECTION, DEAL, IntelKind.REQUEST)
# The outcome combo's entries: a won-or-lost deal is one or the other; any other kind may name
# the deal it came from (None: no deal said).
_DEAL_OUTCOMES: tuple[DealOutcome | None, ...] = (DealOutcome.WON, DealOutcome.LOST)
_ANY_OUTCOMES: tuple[DealOutcome | None, ...] = (None, DealOutcome.OPEN, DealOutcome.WON, DealOutcome.LOST)


class IntelDialog(QDialog):
    """Record one piece of field intel.

    Signals:
        sent(object): the service stored the intel (the `Report`); the dialog has closed and
            emptied itself for the next one.

    Attributes:
        attachment: the chosen file, or None.
        busy: a send is on its way.
    """

    sent = Signal(object)

    def __init__(
        self,
        *,
        reports: ReportService,
        runner: TaskRunner,
        user: str,
        appearance: Appearance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reports = reports
        self.runner = runner
        self.user = user
        self.appearance = appearance
        self.attachment: Path | None = None
        self.busy = False
        self.known = KnownValues([], [])
        self._preferred: tuple[list[str], list[str]] = ([], [])
        self._check_token = 0

        self.kind_combo = QComboBox(self)
        for _ in _KINDS:
            self.kind_combo.addItem("")
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.outcome_combo = QComboBox(self)
        self._outcomes: tuple[DealOutcome | None, ...] = ()
        self.band_combo = QComboBox(self)
        self.band_combo.addItem("", None)
        for band in SizeBand:
            self.band_combo.addItem("", band.value)
        self.deal_row = QWidget(self)
        deal_layout = QHBoxLayout(self.deal_row)
        deal_layout.setContentsMargins(0, 0, 0, 0)
        deal_layout.addWidget(self.outcome_combo, 1)
        self.band_label = QLabel(self)  # the size has a row of its own: beside the outcome, in
        # Russian, the two combos and their labels did not fit a narrow dialog

        self.competitor_combo = _name_combo(self)
        self.product_combo = _name_combo(self)
        for combo in (self.competitor_combo, self.product_combo):
            line = combo.lineEdit()
            assert line is not None  # editable
            line.editingFinished.connect(self._check_names)
        self.hint_label = QLabel(self)  # the service's "did you mean" for a name the library does not know
        self.hint_label.setObjectName("muted")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.RichText)
        self.hint_label.linkActivated.connect(self._on_hint_chosen)
        self.hint_label.hide()

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(110)
        self.text_edit.textChanged.connect(self._update_count)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.attach_button = QPushButton(self)
        self.attach_button.clicked.connect(self.choose_attachment)
        # "Прайс-лист Globex Q3 2026 для дистрибьюторов (последняя редакция).pdf": the name's middle
        # goes, its start and extension stay; the whole path is the tooltip
        self.attachment_label = ElidedLabel(self, mode=Qt.TextElideMode.ElideMiddle)
        self.attachment_label.setObjectName("muted")
        self.remove_attachment_button = QPushButton(self)
        self.remove_attachment_button.setFlat(True)
        self.remove_attachment_button.clicked.connect(lambda: self.set_attachment(None))
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.remove_attachment_button)
        attach_row.addStretch(1)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setProperty("accent", True)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {key: QLabel(self) for key in ("kind", "deal", "competitor", "product", "text")}
        self.form.addRow(self._labels["kind"], self.kind_combo)
        self.form.addRow(self._labels["deal"], self.deal_row)
        self.form.addRow(self.band_label, self.band_combo)
        self.form.addRow(self._labels["competitor"], self.competitor_combo)
        self.form.addRow(self._labels["product"], self.product_combo)
        self.form.addRow("", self.hint_label)
        self.form.addRow(self._labels["text"], self.text_edit)
        self.form.addRow("", self.count_label)
        self.form.addRow("", attach_row)
        self.form.addRow(self.attachment_label)  # the dialog's whole width for the file's name
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._on_kind_changed()
        self.set_attachment(None)
        # A refusal's message goes once the person changes what it was about: a stale "needs a
        # text" under a typed text reads as if the fix had not worked.
        self.text_edit.textChanged.connect(self._on_edited)
        for box in (self.kind_combo, self.outcome_combo, self.band_combo):
            box.currentIndexChanged.connect(self._on_edited)
        for combo in (self.competitor_combo, self.product_combo):
            combo.editTextChanged.connect(self._on_edited)
        self.load_known_values()

    # ------------------------------------------------------------------ filling in

    def load_known_values(self) -> None:
        """The library's competitors and products for the pickers (read in the background)."""
        self.runner.submit(self.reports.known_values, on_done=self._on_known, on_error=lambda _exc: None)

    def _on_known(self, known: KnownValues) -> None:
        self.known = known
        self._fill_names()

    def prefill(self, competitors: Sequence[str] = (), products: Sequence[str] = ()) -> None:
        """Offer the previewed item's competitors and products first; take one when it names only one.

        Nothing typed is overwritten: intel started earlier and closed unsent stays as it was.
        """
        self._preferred = (list(competitors), list(products))
        self._fill_names()
        for combo, values in ((self.competitor_combo, competitors), (self.product_combo, products)):
            if len(values) == 1 and not combo.currentText().strip():
                combo.setEditText(values[0])

    def _fill_names(self) -> None:
        for combo, known, preferred in (
            (self.competitor_combo, self.known.competitors, self._preferred[0]),
            (self.product_combo, self.known.products, self._preferred[1]),
        ):
            typed = combo.currentText()
            folded = {p.casefold() for p in preferred}
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([*preferred, *(k for k in known if k.casefold() not in folded)])
            combo.setEditText(typed)  # clear() took the typed text with it
            combo.blockSignals(False)

    def _deal_kind(self) -> bool:
        return self.kind_combo.currentIndex() == _KINDS.index(DEAL)

    def _on_kind_changed(self) -> None:
        """Offer the outcomes this kind may have; the choice is kept when it still applies."""
        wanted = _DEAL_OUTCOMES if self._deal_kind() else _ANY_OUTCOMES
        if wanted == self._outcomes:
            return
        current = self.outcome()
        self._outcomes = wanted
        self.outcome_combo.blockSignals(True)
        self.outcome_combo.clear()
        for outcome in wanted:
            self.outcome_combo.addItem(self._outcome_text(outcome), outcome.value if outcome else None)
        self.outcome_combo.setCurrentIndex(wanted.index(current) if current in wanted else 0)
        self.outcome_combo.blockSignals(False)

    def _outcome_text(self, outcome: DealOutcome | None) -> str:
        if outcome is None:
            return self.tr("no deal said")
        return {
            DealOutcome.OPEN: self.tr("Still open"),
            DealOutcome.WON: self.tr("Won"),
            DealOutcome.LOST: self.tr("Lost"),
        }[outcome]

    def outcome(self) -> DealOutcome | None:
        """The deal's outcome as chosen (None: no deal said)."""
        data = self.outcome_combo.currentData()
        return DealOutcome(data) if data else None

    def _on_edited(self) -> None:
        if self.error_label.isVisibleTo(self):
            self.show_error("")

    def _grow(self) -> None:
        """Grow to what is on show (a deal row, a "did you mean", a wrapped refusal appeared), so
        nothing is squeezed or clipped; the dialog never shrinks under the person's own resize."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height(), layout.totalSizeHint().height())
        if self.height() < needed:
            self.resize(width, needed)

    def set_kind(self, kind: str) -> None:
        """Select `kind` (an IntelKind value; deal_won / deal_lost select the deal with its outcome)."""
        implied = {IntelKind.DEAL_WON.value: DealOutcome.WON, IntelKind.DEAL_LOST.value: DealOutcome.LOST}
        outcome = implied.get(str(kind))
        self.kind_combo.setCurrentIndex(_KINDS.index(DEAL if outcome or kind == DEAL else IntelKind(kind)))
        if outcome is not None:
            self.set_outcome(outcome)

    def set_outcome(self, outcome: DealOutcome | str | None) -> None:
        """Select the deal's outcome, if this kind may have it (a won-or-lost deal is never open)."""
        index = self.outcome_combo.findData(DealOutcome(outcome).value) if outcome else 0
        if index >= 0 and not (outcome is None and self._deal_kind()):
            self.outcome_combo.setCurrentIndex(index)

    def set_size_band(self, band: SizeBand | str | None) -> None:
        self.band_combo.setCurrentIndex(self.band_combo.findData(SizeBand(band).value) if band else 0)

    def intel_kind(self) -> IntelKind:
        chosen = _KINDS[self.kind_combo.currentIndex()]
        if chosen == DEAL:
            return IntelKind.DEAL_WON if self.outcome() == DealOutcome.WON else IntelKind.DEAL_LOST
        return IntelKind(chosen)

    def choose_attachment(self) -> None:
        accepted = " ".join(f"*{s}" for s in sorted(ATTACHMENT_SUFFIXES))
        kinds = self.tr("Documents, spreadsheets, PDFs and pictures")
        everything = self.tr("All files")
        filters = f"{kinds} ({accepted});;{everything} (*)"
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"), "", filters)
        if path:
            self.set_attachment(Path(path))

    def set_attachment(self, path: Path | None) -> None:
        """Attach `path` (None: no file). Whether it may be attached is the service's to say on send."""
        self.attachment = path
        self.attachment_label.setText(path.name if path else "")
        self.attachment_label.setToolTip(str(path) if path else "")  # the path, not only the name
        self.remove_attachment_button.setVisible(path is not None)
        self.attachment_label.setVisible(path is not None)
        self._on_edited()

    def _update_count(self) -> None:
        count = len(self.text_edit.toPlainText().strip())
        text = self.tr("%1 of %2 characters").replace("%1", str(count)).replace("%2", str(MAX_TEXT_CHARS))
        self.count_label.setText(text)
        over = count > MAX_TEXT_CHARS
        self.count_label.setStyleSheet(f"color: {self.appearance.theme.danger}" if over else "")

    # ------------------------------------------------------------------ did you mean

    def _check_names(self) -> None:
        """Ask the service which known names an unknown competitor or product may mean."""
        self._check_token += 1
        token = self._check_token
        self.runner.submit(
            self.reports.suggestions,
            self.competitor_combo.currentText(),
            self.product_combo.currentText(),
            on_done=lambda found: self._on_suggestions(token, found),
            on_error=lambda _exc: None,
        )

    def _on_suggestions(self, token: int, found: dict[str, list[str]]) -> None:
        if token != self._check_token:
            return
        lines = []
        for key, combo in (("competitor", self.competitor_combo), ("product", self.product_combo)):
            options = found.get(key) or []
            if not options:
                continue
            links = ", ".join(f"<a href='{key}:{html.escape(o)}'>{html.escape(o)}</a>" for o in options)
            text = self.tr("“%1” is not in the library yet. Did you mean %2? (A new name is fine, too.)")
            lines.append(text.replace("%1", html.escape(combo.currentText().strip())).replace("%2", links))
        self.hint_label.setText("<br>".join(lines))
        self.hint_label.setVisible(bool(lines))
        self._grow()

    def _on_hint_chosen(self, link: str) -> None:
        key, _, value = link.partition(":")
        combo = self.competitor_combo if key == "competitor" else self.product_combo
        combo.setEditText(html.unescape(value))
        self._check_names()

    # ------------------------------------------------------------------ sending

    def send(self) -> None:
        """Send what is typed; the service's refusal is shown here and nothing typed is lost."""
        if self.busy:
            return
        kind = self.intel_kind()
        self._set_busy(True)
        self.runner.submit(
            self.reports.add_intel,
            self.user,
            kind,
            competitor=self.competitor_combo.currentText(),
            product=self.product_combo.currentText(),
            outcome=None if self._deal_kind() else self.outcome(),  # a won/lost deal's is its kind
            size_band=self.band_combo.currentData(),
            text=self.text_edit.toPlainText(),
            attachment=self.attachment,
            kind="write",
            on_done=self._on_sent,
            on_error=self._on_failed,
        )

    def _on_sent(self, report: Report) -> None:
        self._set_busy(False)
        self.reset()
        self.accept()
        self.sent.emit(report)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.show_error(error_text(exc))
        if not self.isVisible():  # closed while sending: show it again with what was typed
            self.open()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setStyleSheet(f"color: {self.appearance.theme.danger}")
        self.error_label.setVisible(bool(message))
        self._grow()

    def error_message(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def reset(self) -> None:
        """Empty the form for the next piece of intel."""
        self.kind_combo.setCurrentIndex(0)
        self.set_outcome(None)
        self.band_combo.setCurrentIndex(0)
        self.competitor_combo.setEditText("")
        self.product_combo.setEditText("")
        self.text_edit.clear()
        self.set_attachment(None)
        self.hint_label.hide()
        self.show_error("")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.send_button.setEnabled(not busy)
        self.send_button.setText(self.tr("Sending…") if busy else self.tr("Send to marketing"))
        if busy:
            self.show_error("")

    # ------------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Field intel"))
        texts = {
            "kind": self.tr("What"),
            "deal": self.tr("Deal"),
            "competitor": self.tr("Competitor"),
            "product": self.tr("Product"),
            "text": self.tr("What happened"),
        }
        for key, label in self._labels.items():
            label.setText(texts[key])
        for n, kind in enumerate(_KINDS):
            self.kind_combo.setItemText(n, self.tr("Deal won or lost") if kind == DEAL else kind_label(kind))
        for n, outcome in enumerate(self._outcomes):
            self.outcome_combo.setItemText(n, self._outcome_text(outcome))
        self.outcome_combo.setToolTip(self.tr("The deal this is about, if any: still open, won or lost"))
        self.band_label.setText(self.tr("Size"))
        self.band_combo.setItemText(0, self.tr("not said"))
        for n, band in enumerate(SizeBand, start=1):
            self.band_combo.setItemText(n, size_label(band))
        self.competitor_combo.lineEdit().setPlaceholderText(self.tr("Pick or type a name"))  # type: ignore[union-attr]
        self.product_combo.lineEdit().setPlaceholderText(self.tr("Pick or type a product"))  # type: ignore[union-attr]
        self.text_edit.setPlaceholderText(
            self.tr("The price they quoted, the claim, the objection, why the deal went the way it did…")
        )
        self.attach_button.setText(self.tr("Attach a file…"))
        self.remove_attachment_button.setText(self.tr("Remove"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self._set_busy(self.busy)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _name_combo(parent: QWidget) -> QComboBox:
    """An editable picker whose completer finds a known name by any part of it, in any case."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(12)
    completer: Any = combo.completer()
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo
