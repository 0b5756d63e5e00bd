"""The battle-card editor: a marketer writes or edits a card and sees it as sellers will.

Fields on the left (competitor from the library's values, products, tags, owner, review-by date,
language, overview, one editor per typed section), the live preview on the right: the card's text
goes through the importer's own Markdown reading (`BattleCard.extracted`) into the preview's
`SectionsPreview`, so what the editor shows is what a seller will see. The rules are the Qt-free
`enablement.workbench` ones; saving and loading run through the task runner's write and read lanes.

Nothing typed is lost: a refused save (validation, a newer version saved by someone else, the
team database) shows why inline and keeps every field; after a conflict the text can be saved as a
new card. Closing hides the editor; the window keeps it until it is saved or discarded.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from enablement.domain import ItemStatus
from enablement.errors import EnablementError
from enablement.ui.labels import status_name
from enablement.ui.layouts import fit_to_screen
from enablement.ui.messages import error_text, translated
from enablement.ui.page_views import SectionsPreview
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance
from enablement.ui.workbench.card_sections import BulletSectionEditor, ObjectionsEditor
from enablement.ui.workbench.intel_picker import IntelPicker
from enablement.workbench.card_library import (
    NEW_CARD_STATUSES,
    CardConflict,
    CardInvalid,
    LoadedCard,
    SavedCard,
    card_template,
    known_competitors,
    save_card,
)
from enablement.workbench.cards import BULLET_SECTIONS, BattleCard, ExtraSection

if TYPE_CHECKING:
    from enablement.app import Services

PREVIEW_DELAY_MS = 250


def _split_names(text: str) -> list[str]:
    return list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


class CardEditor(QDialog):
    """Write or edit one battle card.

    Signals:
        saved(object): a `SavedCard` after a save went through (the editor stays open, now based on
            the new version).

    Attributes:
        item_id: the card's item, None for a card not saved yet.
        base_version: the version the editor's text started from (None for a new card).
        busy: a save or a load is on its way.
    """

    saved = Signal(object)

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        appearance: Appearance,
        loaded: LoadedCard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.appearance = appearance
        self.item_id = loaded.item_id if loaded else None
        self.base_version = loaded.version if loaded else None
        self.busy = False
        self._extra: list[ExtraSection] = list(loaded.card.extra) if loaded else []
        self._other_competitors: list[str] = list(loaded.card.other_competitors) if loaded else []
        self._filling = False
        self.intel_picker: IntelPicker | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_to_screen(self, 1180, 780)  # a laptop's 1366×768 has room for less

        self.competitor_combo = QComboBox(self)
        self.competitor_combo.setEditable(True)
        self.competitor_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.title_edit = QLineEdit(self)
        self.products_edit = QLineEdit(self)
        self.tags_edit = QLineEdit(self)
        self.owner_edit = QLineEdit(self)
        self.review_check = QCheckBox(self)
        self.review_date = QDateEdit(self)
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        self.review_check.toggled.connect(self.review_date.setEnabled)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_check)
        review_row.addWidget(self.review_date, 1)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.addItem("English", "en")
        # Where a new card starts (a draft unless the author says otherwise); an existing card's
        # status is shown and moves on the Review tab (enablement.workbench.publishing).
        self.status_combo = QComboBox(self)
        for status in NEW_CARD_STATUSES:
            self.status_combo.addItem(status_name(status.value), status.value)
        self._status = loaded.status if loaded else ItemStatus.DRAFT.value
        self.overview_box = BulletSectionEditor("overview", parent=self)
        self.sections: dict[str, BulletSectionEditor] = {
            key: BulletSectionEditor(key, parent=self) for key in BULLET_SECTIONS
        }
        self.objections = ObjectionsEditor(parent=self)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {
            k: QLabel(self)
            for k in ("competitor", "title", "products", "tags", "owner", "review", "language", "status")
        }
        self.form.addRow(self._labels["competitor"], self.competitor_combo)
        self.form.addRow(self._labels["title"], self.title_edit)
        self.form.addRow(self._labels["products"], self.products_edit)
        self.form.addRow(self._labels["tags"], self.tags_edit)
        self.form.addRow(self._labels["owner"], self.owner_edit)
        self.form.addRow(self._labels["review"], review_row)
        self.form.addRow(self._labels["language"], self.language_combo)
        self.form.addRow(self._labels["status"], self.status_combo)
        fields = QWidget(self)
        fields_layout = QVBoxLayout(fields)
        fields_layout.addLayout(self.form)
        fields_layout.addWidget(self.overview_box)
        for key in BULLET_SECTIONS[:4]:
            fields_layout.addWidget(self.sections[key])
        fields_layout.addWidget(self.objections)
        fields_layout.addWidget(self.sections["pricing"])
        fields_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)

        self.preview_title = QLabel(self)
        self.preview_title.setObjectName("heading")
        self.preview_title.setWordWrap(True)
        self.preview_caption = QLabel(self)
        self.preview_caption.setObjectName("muted")
        self.preview = SectionsPreview(appearance=appearance, parent=self)
        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_caption)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(preview_box)
        splitter.setSizes([600, 560])

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("muted")
        self.template_button = QPushButton(self)
        self.template_button.clicked.connect(self.apply_template)
        self.intel_button = QPushButton(self)
        self.intel_button.clicked.connect(self.open_intel)
        self.save_copy_button = QPushButton(self)
        self.save_copy_button.clicked.connect(self.save_as_new)
        self.save_copy_button.hide()
        self.save_button = QPushButton(self)
        self.save_button.setProperty("accent", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.intel_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_copy_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        for edit in (self.title_edit, self.products_edit, self.tags_edit, self.owner_edit):
            edit.textChanged.connect(self._on_edited)
        self.competitor_combo.editTextChanged.connect(self._on_edited)
        self.language_combo.currentIndexChanged.connect(self._on_edited)
        self.review_check.toggled.connect(self._on_edited)
        self.review_date.dateChanged.connect(self._on_edited)
        for box in (self.overview_box, *self.sections.values()):
            box.edited.connect(self._on_edited)
        self.objections.edited.connect(self._on_edited)
        appearance.changed.connect(self.preview_timer.start)

        self.retranslate()
        self.set_card(loaded.card if loaded else BattleCard(owner=services.user, language="ru"))
        self.runner.submit(
            known_competitors, services.library, on_done=self._on_competitors, on_error=lambda _e: None
        )

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Battle card") if self.item_id is None else self.tr("Edit battle card"))
        texts = {
            "competitor": self.tr("Competitor"),
            "title": self.tr("Title"),
            "products": self.tr("Products"),
            "tags": self.tr("Tags"),
            "owner": self.tr("Owner"),
            "review": self.tr("Review by"),
            "language": self.tr("Headings in"),
            "status": self.tr("Status"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self._show_status()
        self.products_edit.setPlaceholderText(self.tr("Product codes, separated by commas"))
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.title_edit.setPlaceholderText(self.tr("Left empty: named after the competitor"))
        self.review_check.setToolTip(self.tr("Unchecked: the card has no review date"))
        titles = {
            "overview": self.tr("Overview"),
            "strengths": self.tr("Their strengths"),
            "weaknesses": self.tr("Their weaknesses"),
            "how_we_win": self.tr("How we win"),
            "landmines": self.tr("Landmines (questions to ask)"),
            "pricing": self.tr("Pricing"),
        }
        for box in (self.overview_box, *self.sections.values()):
            box.setTitle(titles[box.key])
            box.text_edit.setPlaceholderText(
                self.tr("Free text") if box.key == "overview" else self.tr("One point per line")
            )
        self.objections.setTitle(self.tr("Objections and answers"))
        self.objections.retranslate()
        self.preview_caption.setText(self.tr("As sellers will see it"))
        self.template_button.setText(self.tr("Fill in from template"))
        self.template_button.setToolTip(
            self.tr("Adds every section's heading and the competitor's products the library knows")
        )
        self.intel_button.setText(self.tr("Pull from field intel…"))
        self.save_copy_button.setText(self.tr("Save as a new card"))
        self.save_button.setText(self.tr("Save new version") if self.item_id else self.tr("Save"))
        self.close_button.setText(self.tr("Close"))

    def _show_status(self) -> None:
        """A new card: where it will start. A saved one: where it is (moved on the Review tab)."""
        combo = self.status_combo
        if combo.findData(self._status) < 0:  # archived: not a choice for a new card
            combo.addItem("", self._status)
        for row in range(combo.count()):
            combo.setItemText(row, status_name(str(combo.itemData(row))))
        if self.item_id is not None:
            combo.setCurrentIndex(combo.findData(self._status))
        combo.setEnabled(self.item_id is None)
        combo.setToolTip(
            self.tr(
                "A draft and a card in review are in nobody's search; sellers find the card once it is "
                "published."
            )
            if self.item_id is None
            else self.tr("A new version keeps the card's status. Move it on the Review tab of the Inbox.")
        )

    # ------------------------------------------------------------------ the card <-> the fields

    def set_card(self, card: BattleCard) -> None:
        self._filling = True
        self.competitor_combo.setEditText(card.competitor)
        self.title_edit.setText(card.title)
        self.products_edit.setText(", ".join(card.products))
        self.tags_edit.setText(", ".join(card.tags))
        self.owner_edit.setText(card.owner)
        self.review_check.setChecked(card.review_by is not None)
        self.review_date.setEnabled(card.review_by is not None)
        day = card.review_by or (dt.date.today() + dt.timedelta(days=90))
        self.review_date.setDate(QDate(day.year, day.month, day.day))
        index = self.language_combo.findData("en" if card.language == "en" else "ru")
        self.language_combo.setCurrentIndex(index)
        overview = card.overview
        self.overview_box.set_bullets(None if overview is None else ([overview] if overview else []))
        for key, box in self.sections.items():
            box.set_bullets(card.bullets(key))
        self.objections.set_pairs(card.objections)
        self._other_competitors = list(card.other_competitors)
        self._extra = list(card.extra)
        self._sources = dict(card.sources)  # sections as read: unedited ones save as they were
        self._filling = False
        self.refresh_preview()

    def card(self) -> BattleCard:
        """The card as the fields say now."""
        overview_lines = self.overview_box.bullets()
        day = self.review_date.date()
        return BattleCard(
            competitor=self.competitor_combo.currentText().strip(),
            title=self.title_edit.text().strip(),
            products=_split_names(self.products_edit.text()),
            tags=_split_names(self.tags_edit.text()),
            owner=self.owner_edit.text().strip(),
            review_by=dt.date(day.year(), day.month(), day.day()) if self.review_check.isChecked() else None,
            language=str(self.language_combo.currentData()),
            other_competitors=list(self._other_competitors),
            overview=None if overview_lines is None else "\n\n".join(overview_lines),
            objections=self.objections.pairs(),
            extra=list(self._extra),
            sources=dict(self._sources),
            **{key: box.bullets() for key, box in self.sections.items()},
        )

    def _on_edited(self, *_args: Any) -> None:
        if not self._filling:
            self.preview_timer.start()

    def refresh_preview(self) -> None:
        """Render the card the way the preview shows an imported one (no disk, no database)."""
        card = self.card()
        try:
            doc = card.cleaned().extracted()
        except EnablementError:  # an empty card has no sections: nothing to show yet
            self.preview.set_sections(card.effective_title, [], 0, None)
            self.preview_title.setText(card.effective_title)
            return
        self.preview_title.setText(doc.title)
        self.preview.set_sections(doc.title, list(doc.units), 0, None)

    # ------------------------------------------------------------------ template and intel

    def _on_competitors(self, names: list[str]) -> None:
        typed = self.competitor_combo.currentText()
        self.competitor_combo.blockSignals(True)
        self.competitor_combo.clear()
        self.competitor_combo.addItems(names)
        self.competitor_combo.setEditText(typed)
        self.competitor_combo.blockSignals(False)

    def apply_template(self) -> None:
        """Add the template's empty sections and the competitor's products; nothing typed is replaced."""
        competitor = self.competitor_combo.currentText().strip()
        if not competitor:
            self.show_error(self.tr("Choose the competitor first: the template lists its products."))
            return
        language = str(self.language_combo.currentData())
        self.runner.submit(
            card_template,
            self.services.library,
            competitor,
            language=language,
            owner=self.services.user,
            on_done=self._on_template,
            on_error=self._on_failed,
        )

    def _on_template(self, template: BattleCard) -> None:
        card = self.card()
        products = list(dict.fromkeys([*card.products, *template.products]))
        merged = BattleCard(
            **{
                **card.__dict__,
                "competitor": card.competitor or template.competitor,
                "products": products,
                "owner": card.owner or template.owner,
                "review_by": card.review_by or template.review_by,
                "overview": card.overview if card.overview is not None else "",
                "objections": card.objections if card.objections is not None else [],
                **{
                    key: (card.bullets(key) if card.bullets(key) is not None else [])
                    for key in BULLET_SECTIONS
                },
            }
        )
        self.set_card(merged)
        self.show_error("")

    def open_intel(self) -> None:
        competitor = self.competitor_combo.currentText().strip()
        if self.intel_picker is None:
            self.intel_picker = IntelPicker(
                reports=self.services.reports, runner=self.runner, user=self.services.user, parent=self
            )
            self.intel_picker.chosen.connect(self._on_intel_chosen)
        self.intel_picker.load(competitor)
        self.intel_picker.show()
        self.intel_picker.raise_()

    def _on_intel_chosen(self, section: str, report: Any) -> None:
        from enablement.workbench.card_library import append_intel

        self.set_card(append_intel(self.card(), section, report))

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        self._save(self.item_id, self.base_version)

    def save_as_new(self) -> None:
        """After a conflict: the text as a card of its own (nothing of the other version touched)."""
        self._save(None, None)

    def _save(self, item_id: int | None, base_version: int | None) -> None:
        if self.busy:
            return
        card = self.card()
        problems = card.cleaned().problems()
        if problems:
            self.show_error("\n".join(translated(p.message) for p in problems))
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving…"))
        self.runner.submit(
            save_card,
            self.services.library,
            self.services.library_service,
            card,
            item_id=item_id,
            base_version=base_version,
            actor=self.services.user,
            status=str(self.status_combo.currentData()) if self.item_id is None else ItemStatus.DRAFT.value,
            kind="write",
            on_done=self._on_saved,
            on_error=self._on_failed,
        )

    def _on_saved(self, saved: SavedCard) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.item_id, self.base_version = saved.item_id, saved.version
        self._status = saved.status
        self.save_copy_button.hide()
        self.show_error("")
        self.retranslate()
        if saved.unchanged:
            self.status_label.setText(self.tr("No changes to save (version %n)", "", saved.version))
        elif saved.status != ItemStatus.PUBLISHED.value:
            text = self.tr("Saved as version %n, %1: sellers find it once it is published", "", saved.version)
            self.status_label.setText(text.replace("%1", status_name(saved.status).lower()))
        else:
            self.status_label.setText(self.tr("Saved as version %n", "", saved.version))
        self.saved.emit(saved)

    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.status_label.setText("")
        if isinstance(exc, CardInvalid):
            self.show_error("\n".join(translated(p.message) for p in exc.problems))
            return
        self.save_copy_button.setVisible(isinstance(exc, CardConflict))
        self.show_error(error_text(exc))

    def show_error(self, text: str) -> None:
        t = self.appearance.theme
        self.error_label.setStyleSheet(f"color: {t.danger};")
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
