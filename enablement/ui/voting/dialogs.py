"""The marketer's ballot editor and decision dialog, and the profile dialog.

Dialogs are shown with `open()` (window-modal, never a nested event loop) and
report through `accepted`; they only collect input into plain data (`BallotSpec`,
an `Outcome` and a rationale), the panel submits it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from enablement.domain import Item
from enablement.ui.messages import translated
from enablement.voting import Ballot, BallotSpec, Outcome, Person, Product, Results, Role, Status
from enablement.voting.models import DEFAULT_OPTIONS


def _split(text: str, sep: str) -> list[str]:
    return [part.strip() for part in text.split(sep) if part.strip()]


class BallotEditorDialog(QDialog):
    """Create or edit a ballot: subject (draft or product), options, timing, secrecy, audience.

    Signals:
        submitted(): the form is valid; the panel saves it and calls `accept()` or `show_error()`.

    Attributes:
        ballot_id: the ballot being edited, None for a new one.
        attachments: files chosen for a product (paths; the panel copies them into the library).
    """

    submitted = Signal()

    def __init__(
        self, *, drafts: list[Item], ballot: Ballot | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ballot_id = ballot.id if ballot else None
        self.attachments: list[str] = []
        self.setWindowTitle(self.tr("Edit ballot") if ballot else self.tr("New ballot"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Router X1 launch deck: ready for clients?"))
        form.addRow(self.tr("Title"), self.title_edit)
        self.question_edit = QLineEdit()
        self.question_edit.setPlaceholderText(self.tr("Would you sell with this? What is missing?"))
        form.addRow(self.tr("Question"), self.question_edit)

        subject_row = QHBoxLayout()
        self.draft_radio = QRadioButton(self.tr("A draft in the library"))
        self.product_radio = QRadioButton(self.tr("An upcoming product"))
        subject_row.addWidget(self.draft_radio)
        subject_row.addWidget(self.product_radio)
        form.addRow(self.tr("About"), subject_row)
        self.subject_stack = QStackedWidget()
        self.draft_combo = QComboBox()
        for item in drafts:
            self.draft_combo.addItem(f"{item.title}  ({item.kind.value}, {item.unit_count})", item.id)
        self.subject_stack.addWidget(self.draft_combo)
        product = QWidget()
        pf = QFormLayout(product)
        pf.setContentsMargins(0, 0, 0, 0)
        self.product_name = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(70)
        self.segment_edit = QLineEdit()
        self.price_edit = QLineEdit()
        self.launch_check = QCheckBox(self.tr("Planned launch"))
        self.launch_edit = QDateEdit(QDate.currentDate().addMonths(3))
        self.launch_edit.setCalendarPopup(True)
        launch_row = QHBoxLayout()
        launch_row.addWidget(self.launch_check)
        launch_row.addWidget(self.launch_edit, 1)
        self.attach_list = QListWidget()
        self.attach_list.setFixedHeight(48)
        attach_button = QPushButton(self.tr("Attach files…"))
        attach_button.clicked.connect(self._on_attach)
        pf.addRow(self.tr("Product"), self.product_name)
        pf.addRow(self.tr("Description"), self.description_edit)
        pf.addRow(self.tr("Target segment"), self.segment_edit)
        pf.addRow(self.tr("Planned price"), self.price_edit)
        pf.addRow("", launch_row)
        pf.addRow(attach_button, self.attach_list)
        self.subject_stack.addWidget(product)
        form.addRow(self.subject_stack)
        self.draft_radio.toggled.connect(lambda on: self.subject_stack.setCurrentIndex(0 if on else 1))
        has_drafts = bool(drafts)
        self.draft_radio.setEnabled(has_drafts)
        (self.draft_radio if has_drafts else self.product_radio).setChecked(True)
        self.subject_stack.setCurrentIndex(0 if has_drafts else 1)

        self.options_combo = QComboBox()
        self.options_combo.addItem(" / ".join(DEFAULT_OPTIONS), "default")
        self.options_combo.addItem(self.tr("Score 1–5"), "score")
        self.options_combo.addItem(self.tr("Custom options…"), "custom")
        self.custom_options = QLineEdit()
        self.custom_options.setPlaceholderText(self.tr("Option A | Option B | Option C"))
        self.custom_options.setVisible(False)
        self.options_combo.currentIndexChanged.connect(
            lambda _i: self.custom_options.setVisible(self.options_combo.currentData() == "custom")
        )
        opts = QVBoxLayout()
        opts.addWidget(self.options_combo)
        opts.addWidget(self.custom_options)
        form.addRow(self.tr("Options"), opts)

        now = QDateTime.currentDateTime()
        self.opens_check = QCheckBox(self.tr("Opens later, at"))
        self.opens_edit = QDateTimeEdit(now.addDays(1))
        self.opens_edit.setCalendarPopup(True)
        self.opens_edit.setDisplayFormat("dd MMM yyyy, HH:mm")
        self.opens_edit.setEnabled(False)
        self.opens_check.toggled.connect(self.opens_edit.setEnabled)
        opens_row = QHBoxLayout()
        opens_row.addWidget(self.opens_check)
        opens_row.addWidget(self.opens_edit, 1)
        self.closes_check = QCheckBox(self.tr("Closes at"))
        self.closes_check.setChecked(True)
        self.closes_edit = QDateTimeEdit(now.addDays(7))
        self.closes_edit.setCalendarPopup(True)
        self.closes_edit.setDisplayFormat("dd MMM yyyy, HH:mm")
        self.closes_check.toggled.connect(self.closes_edit.setEnabled)
        closes_row = QHBoxLayout()
        closes_row.addWidget(self.closes_check)
        closes_row.addWidget(self.closes_edit, 1)
        form.addRow(self.tr("Voting"), opens_row)
        form.addRow("", closes_row)
        self.hide_totals = QCheckBox(self.tr("Hide totals until close (against herding)"))
        self.hide_totals.setChecked(True)
        self.reason_required = QCheckBox(self.tr("Negative votes must give a reason"))
        self.reason_required.setChecked(True)
        form.addRow("", self.hide_totals)
        form.addRow("", self.reason_required)
        self.audience_edit = QLineEdit()
        self.audience_edit.setPlaceholderText(self.tr("Everyone; or teams: North, South"))
        form.addRow(self.tr("Audience"), self.audience_edit)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c2372f;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if ballot else self.tr("Open ballot")
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)
        if ballot is not None:
            self._load(ballot)

    def _load(self, b: Ballot) -> None:
        self.title_edit.setText(b.title)
        self.question_edit.setText(b.question)
        if b.item_id is not None:
            index = self.draft_combo.findData(b.item_id)
            if index < 0:
                self.draft_combo.addItem(b.item_title, b.item_id)
                index = self.draft_combo.count() - 1
            self.draft_combo.setCurrentIndex(index)
            self.draft_radio.setEnabled(True)
            self.draft_radio.setChecked(True)
        else:
            self.product_radio.setChecked(True)
            self.product_name.setText(b.product.name)
            self.description_edit.setPlainText(b.product.description)
            self.segment_edit.setText(b.product.segment)
            self.price_edit.setText(b.product.price)
            if b.product.launch:
                self.launch_check.setChecked(True)
                self.launch_edit.setDate(
                    QDate(b.product.launch.year, b.product.launch.month, b.product.launch.day)
                )
        if b.is_score:
            self.options_combo.setCurrentIndex(1)
        elif b.options != DEFAULT_OPTIONS:
            self.options_combo.setCurrentIndex(2)
            self.custom_options.setText(" | ".join(b.options))
        if b.status is Status.SCHEDULED:
            self.opens_check.setChecked(True)
            self.opens_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(b.opens_at.timestamp())))
        self.closes_check.setChecked(b.closes_at is not None)
        if b.closes_at is not None:
            self.closes_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(b.closes_at.timestamp())))
        self.hide_totals.setChecked(b.hide_totals)
        self.reason_required.setChecked(b.reason_required)
        self.audience_edit.setText(", ".join(b.audience))
        self._existing_product = b.product

    def _on_attach(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for path in paths:
            self.attachments.append(path)
            self.attach_list.addItem(path.rsplit("/", 1)[-1])

    def spec(self) -> BallotSpec:
        """The ballot as filled in (attachments are added by the panel once copied)."""
        mode = self.options_combo.currentData()
        closes = None
        if self.closes_check.isChecked():
            closes = datetime.fromtimestamp(self.closes_edit.dateTime().toSecsSinceEpoch(), UTC)
        opens = None
        if self.opens_check.isChecked():
            opens = datetime.fromtimestamp(self.opens_edit.dateTime().toSecsSinceEpoch(), UTC)
        product = None
        item_id = None
        if self.draft_radio.isChecked():
            item_id = self.draft_combo.currentData()
        else:
            launch = self.launch_edit.date().toPython() if self.launch_check.isChecked() else None
            keep = getattr(self, "_existing_product", None)
            product = Product(
                name=self.product_name.text().strip(),
                description=self.description_edit.toPlainText().strip(),
                segment=self.segment_edit.text().strip(),
                price=self.price_edit.text().strip(),
                launch=launch,  # type: ignore[arg-type]
                attachments=list(keep.attachments) if keep else [],
            )
        return BallotSpec(
            title=self.title_edit.text().strip(),
            question=self.question_edit.text().strip(),
            item_id=item_id,
            product=product,
            options=_split(self.custom_options.text(), "|") if mode == "custom" else None,
            score=mode == "score",
            reason_required=self.reason_required.isChecked(),
            hide_totals=self.hide_totals.isChecked(),
            audience=_split(self.audience_edit.text(), ","),
            opens_at=opens,
            closes_at=closes,
        )

    def set_closes_in(self, delta: timedelta) -> None:
        """Set the closing time relative to now (tests and quick presets)."""
        target = datetime.now(UTC) + delta
        self.closes_check.setChecked(True)
        self.closes_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(target.timestamp())))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _on_accept(self) -> None:
        if not self.title_edit.text().strip():
            self.show_error(self.tr("Give the ballot a title."))
            return
        if self.options_combo.currentData() == "custom" and len(_split(self.custom_options.text(), "|")) < 2:
            self.show_error(self.tr("Custom options need at least two choices, separated by |."))
            return
        self.error_label.hide()
        self.submitted.emit()


class DecisionDialog(QDialog):
    """Record the outcome and the rationale that every voter will read.

    Signals:
        submitted(): outcome and rationale are given; the panel records them, then `accept()`s.
    """

    submitted = Signal()

    def __init__(self, *, ballot: Ballot, results: Results | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decision on “{0}”").format(ballot.title))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        if results is not None and results.tally is not None:
            summary = ", ".join(f"{o}: {n}" for o, n in results.tally.items())
            info = QLabel(self.tr("{0} vote(s) — {1}").format(results.votes, summary))
            info.setObjectName("muted")
            info.setWordWrap(True)
            lay.addWidget(info)
        self.group = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        for outcome in Outcome:
            button = QRadioButton(translated(outcome.label))
            self.group.addButton(button)
            self.outcome_buttons[outcome] = button
            lay.addWidget(button)
        if ballot.item_id is not None:
            note = QLabel(self.tr("Go publishes the draft: it becomes searchable for everyone."))
            note.setObjectName("muted")
            lay.addWidget(note)
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setPlaceholderText(self.tr("Why? Voters read this with the outcome."))
        lay.addWidget(self.rationale_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c2372f;")
        self.error_label.hide()
        lay.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record decision"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def outcome(self) -> Outcome | None:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return None

    def rationale(self) -> str:
        return self.rationale_edit.toPlainText().strip()

    def _on_accept(self) -> None:
        if self.outcome() is None:
            self.error_label.setText(self.tr("Choose an outcome."))
        elif not self.rationale():
            self.error_label.setText(self.tr("Write the rationale: voters see why."))
        else:
            self.error_label.hide()
            self.submitted.emit()
            return
        self.error_label.show()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class ProfileDialog(QDialog):
    """The acting person's profile: team is theirs to set; a role change needs an admin."""

    def __init__(self, *, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your profile"))
        form = QFormLayout(self)
        name = QLabel(person.name)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Name"), name)
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(translated(role.label), role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(person.role.value))
        form.addRow(self.tr("Role"), self.role_combo)
        self.team_edit = QLineEdit(person.team)
        self.team_edit.setPlaceholderText(self.tr("Team or region, e.g. North"))
        form.addRow(self.tr("Team"), self.team_edit)
        hint = QLabel(self.tr("Changing the role needs an admin once one exists."))
        hint.setObjectName("muted")
        form.addRow(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._role = person.role.value

    def role_change(self) -> str | None:
        role = self.role_combo.currentData()
        return None if role == self._role else role

    def team(self) -> str:
        return self.team_edit.text().strip()
