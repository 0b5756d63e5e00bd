"""The marketer's ballot editor and decision dialog, and the profile dialog.

Dialogs are shown with `open()` (window-modal, never a nested event loop) and
report through `accepted`; they only collect input into plain data (`BallotSpec`,
an `Outcome` and a rationale), the panel submits it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, Signal
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
from enablement.ui.labels import kind_name
from enablement.ui.messages import translated
from enablement.ui.voting.texts import option_label
from enablement.voting import Ballot, BallotSpec, Outcome, Person, Product, Results, Role, Status
from enablement.voting.models import DEFAULT_OPTIONS


def _split(text: str, sep: str) -> list[str]:
    return [part.strip() for part in text.split(sep) if part.strip()]


class _Retranslating(QDialog):
    """A dialog that sets its texts in `retranslate()`, again on every language change."""

    def retranslate(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class BallotEditorDialog(_Retranslating):
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
        self._drafts = list(drafts)
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}

        def row(key: str, field: QWidget | QHBoxLayout | QVBoxLayout, into: QFormLayout = form) -> None:
            label = QLabel()
            self._labels[key] = label
            into.addRow(label, field)

        self.title_edit = QLineEdit()
        row("title", self.title_edit)
        self.question_edit = QLineEdit()
        row("question", self.question_edit)

        subject_row = QHBoxLayout()
        self.draft_radio = QRadioButton()
        self.product_radio = QRadioButton()
        subject_row.addWidget(self.draft_radio)
        subject_row.addWidget(self.product_radio)
        row("about", subject_row)
        self.subject_stack = QStackedWidget()
        self.draft_combo = QComboBox()
        for item in self._drafts:
            self.draft_combo.addItem("", item.id)
        self.subject_stack.addWidget(self.draft_combo)
        product = QWidget()
        pf = QFormLayout(product)
        pf.setContentsMargins(0, 0, 0, 0)
        self.product_name = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(70)
        self.segment_edit = QLineEdit()
        self.price_edit = QLineEdit()
        self.launch_check = QCheckBox()
        self.launch_edit = QDateEdit(QDate.currentDate().addMonths(3))
        self.launch_edit.setCalendarPopup(True)
        launch_row = QHBoxLayout()
        launch_row.addWidget(self.launch_check)
        launch_row.addWidget(self.launch_edit, 1)
        self.attach_list = QListWidget()
        self.attach_list.setFixedHeight(48)
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self._on_attach)
        row("product", self.product_name, pf)
        row("description", self.description_edit, pf)
        row("segment", self.segment_edit, pf)
        row("price", self.price_edit, pf)
        pf.addRow("", launch_row)
        pf.addRow(self.attach_button, self.attach_list)
        self.subject_stack.addWidget(product)
        form.addRow(self.subject_stack)
        self.draft_radio.toggled.connect(lambda on: self.subject_stack.setCurrentIndex(0 if on else 1))
        has_drafts = bool(drafts)
        self.draft_radio.setEnabled(has_drafts)
        (self.draft_radio if has_drafts else self.product_radio).setChecked(True)
        self.subject_stack.setCurrentIndex(0 if has_drafts else 1)

        self.options_combo = QComboBox()
        # the data is the mode; "default" stores DEFAULT_OPTIONS (English keys, shown translated)
        for mode in ("default", "score", "custom"):
            self.options_combo.addItem("", mode)
        self.custom_options = QLineEdit()
        self.custom_options.setVisible(False)
        self.options_combo.currentIndexChanged.connect(
            lambda _i: self.custom_options.setVisible(self.options_combo.currentData() == "custom")
        )
        opts = QVBoxLayout()
        opts.addWidget(self.options_combo)
        opts.addWidget(self.custom_options)
        row("options", opts)

        now = QDateTime.currentDateTime()
        self.opens_check = QCheckBox()
        self.opens_edit = QDateTimeEdit(now.addDays(1))
        self.opens_edit.setCalendarPopup(True)
        self.opens_edit.setDisplayFormat("dd MMM yyyy, HH:mm")
        self.opens_edit.setEnabled(False)
        self.opens_check.toggled.connect(self.opens_edit.setEnabled)
        opens_row = QHBoxLayout()
        opens_row.addWidget(self.opens_check)
        opens_row.addWidget(self.opens_edit, 1)
        self.closes_check = QCheckBox()
        self.closes_check.setChecked(True)
        self.closes_edit = QDateTimeEdit(now.addDays(7))
        self.closes_edit.setCalendarPopup(True)
        self.closes_edit.setDisplayFormat("dd MMM yyyy, HH:mm")
        self.closes_check.toggled.connect(self.closes_edit.setEnabled)
        closes_row = QHBoxLayout()
        closes_row.addWidget(self.closes_check)
        closes_row.addWidget(self.closes_edit, 1)
        row("voting", opens_row)
        form.addRow("", closes_row)
        self.hide_totals = QCheckBox()
        self.hide_totals.setChecked(True)
        self.reason_required = QCheckBox()
        self.reason_required.setChecked(True)
        form.addRow("", self.hide_totals)
        form.addRow("", self.reason_required)
        self.audience_edit = QLineEdit()
        row("audience", self.audience_edit)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c2372f;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)
        self.retranslate()
        if ballot is not None:
            self._load(ballot)

    def retranslate(self) -> None:
        editing = self.ballot_id is not None
        self.setWindowTitle(self.tr("Edit ballot") if editing else self.tr("New ballot"))
        texts = {
            "title": self.tr("Title"),
            "question": self.tr("Question"),
            "about": self.tr("About"),
            "product": self.tr("Product"),
            "description": self.tr("Description"),
            "segment": self.tr("Target segment"),
            "price": self.tr("Planned price"),
            "options": self.tr("Options"),
            "voting": self.tr("Voting"),
            "audience": self.tr("Audience"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.title_edit.setPlaceholderText(self.tr("e.g. Router X1 launch deck: ready for clients?"))
        self.question_edit.setPlaceholderText(self.tr("Would you sell with this? What is missing?"))
        self.draft_radio.setText(self.tr("A draft in the library"))
        self.product_radio.setText(self.tr("An upcoming product"))
        for index, item in enumerate(self._drafts):
            self.draft_combo.setItemText(index, self._draft_text(item))
        self.launch_check.setText(self.tr("Planned launch"))
        self.attach_button.setText(self.tr("Attach files…"))
        self.options_combo.setItemText(0, " / ".join(option_label(o) for o in DEFAULT_OPTIONS))
        self.options_combo.setItemText(1, self.tr("Score 1–5"))
        self.options_combo.setItemText(2, self.tr("Custom options…"))
        self.custom_options.setPlaceholderText(self.tr("Option A | Option B | Option C"))
        self.opens_check.setText(self.tr("Opens later, at"))
        self.closes_check.setText(self.tr("Closes at"))
        self.hide_totals.setText(self.tr("Hide totals until close (against herding)"))
        self.reason_required.setText(self.tr("Negative votes must give a reason"))
        self.audience_edit.setPlaceholderText(self.tr("Everyone; or teams: North, South"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if editing else self.tr("Open ballot")
        )

    def _draft_text(self, item: Item) -> str:
        """ "Router X1 deck  (Deck, 7 slides)"."""
        n = item.unit_count
        if item.kind == "deck":
            count = self.tr("%n slide(s)", "", n)
        elif item.source_name.lower().endswith(".pdf"):
            count = self.tr("%n page(s)", "", n)
        elif item.kind == "catalog":
            count = self.tr("%n row(s)", "", n)
        else:
            count = self.tr("%n section(s)", "", n)
        return f"{item.title}  ({kind_name(item.kind)}, {count})"

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


class DecisionDialog(_Retranslating):
    """Record the outcome and the rationale that every voter will read.

    Signals:
        submitted(): outcome and rationale are given; the panel records them, then `accept()`s.
    """

    submitted = Signal()

    def __init__(self, *, ballot: Ballot, results: Results | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ballot = ballot
        self._results = results
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        self.info_label = QLabel()
        self.info_label.setObjectName("muted")
        self.info_label.setWordWrap(True)
        self.info_label.setVisible(results is not None and results.tally is not None)
        lay.addWidget(self.info_label)
        self.group = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        for outcome in Outcome:
            button = QRadioButton()
            self.group.addButton(button)
            self.outcome_buttons[outcome] = button
            lay.addWidget(button)
        self.note_label = QLabel()
        self.note_label.setObjectName("muted")
        self.note_label.setVisible(ballot.item_id is not None)
        lay.addWidget(self.note_label)
        self.rationale_edit = QPlainTextEdit()
        lay.addWidget(self.rationale_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c2372f;")
        self.error_label.hide()
        lay.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Decision on “{0}”").format(self._ballot.title))
        results = self._results
        if results is not None and results.tally is not None:
            summary = ", ".join(f"{option_label(o)}: {n}" for o, n in results.tally.items())
            self.info_label.setText(self.tr("{0} vote(s) — {1}").format(results.votes, summary))
        for outcome, button in self.outcome_buttons.items():
            button.setText(translated(outcome.label))
        self.note_label.setText(self.tr("Go publishes the draft: it becomes searchable for everyone."))
        self.rationale_edit.setPlaceholderText(self.tr("Why? Voters read this with the outcome."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record decision"))

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


class ProfileDialog(_Retranslating):
    """The acting person's profile: team is theirs to set; a role change needs an admin.

    On a team server (`managed`) the admin sets both role and team (`enablement team set-role`),
    and the database refuses anyone else: the profile is shown read-only, saying so.
    """

    def __init__(self, *, person: Person, managed: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._managed = managed
        form = QFormLayout(self)
        name = QLabel(person.name)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label = QLabel()
        form.addRow(self.name_label, name)
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem("", role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(person.role.value))
        self.role_label = QLabel()
        form.addRow(self.role_label, self.role_combo)
        self.team_edit = QLineEdit(person.team)
        self.team_label = QLabel()
        form.addRow(self.team_label, self.team_edit)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("muted")
        form.addRow(self.hint_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close
            if managed
            else QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.role_combo.setEnabled(not managed)
        self.team_edit.setReadOnly(managed)
        self._role = person.role.value
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your profile"))
        self.name_label.setText(self.tr("Name"))
        for index, role in enumerate(Role):
            self.role_combo.setItemText(index, translated(role.label))
        self.role_label.setText(self.tr("Role"))
        self.team_edit.setPlaceholderText(self.tr("Team or region, e.g. North"))
        self.team_label.setText(self.tr("Team"))
        self.hint_label.setText(
            self.tr("On a team server your admin sets your role and team.")
            if self._managed
            else self.tr("Changing the role needs an admin once one exists.")
        )

    def role_change(self) -> str | None:
        role = self.role_combo.currentData()
        return None if role == self._role else role

    def team(self) -> str:
        return self.team_edit.text().strip()
