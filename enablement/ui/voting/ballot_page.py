"""One ballot: the draft's slides (with the comment heat map) or the product, the vote box and results.

The page only renders `PageData` and emits requests; the panel runs them on the
task runner and hands back fresh data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from enablement.ui.labels import date_time, quoted, short_date
from enablement.ui.messages import translated
from enablement.ui.theme import Theme
from enablement.ui.voting._data import PageData
from enablement.ui.voting.board import outcome_colors
from enablement.ui.voting.chart import (
    HEAT_ROLE,
    HOTTEST_ROLE,
    SNIPPET_ROLE,
    HeatDelegate,
    ResultsChart,
    TurnoutBar,
    chip,
    option_colors,
    soft,
)
from enablement.ui.voting.texts import countdown, no_break, option_label
from enablement.voting import Outcome, Person, Status, Subject


def _section() -> QLabel:
    label = QLabel()
    label.setObjectName("sectionTitle")
    return label


class BallotPage(QWidget):
    """A ballot's page.

    Signals:
        back_requested(): return to the board.
        vote_requested(int, str, str): ballot id, option, reason.
        comment_requested(int, int, str): ballot id, slide/section number, text.
        close_requested(int) / decide_requested(int) / edit_requested(int): marketer actions.

    Attributes:
        data: the ballot on show (None before the first `show_page`); a language change
            renders it again from this, without reloading.
        option_buttons: the vote buttons by stored option (the button shows `option_label`).
        drafts: unsent votes by ballot id, (stored option or None, reason) as the user left them;
            every render of that ballot (a poll, a reload, a language switch) puts them back,
            until the vote is sent (`forget_draft`) or the ballot stops taking votes.
    """

    back_requested = Signal()
    vote_requested = Signal(int, str, str)
    comment_requested = Signal(int, int, str)
    close_requested = Signal(int)
    decide_requested = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self.data: PageData | None = None
        self._me: Person | None = None
        self._thumbs: tuple[int, dict[int, QImage]] | None = None
        self.option_buttons: dict[str, QPushButton] = {}
        self.drafts: dict[int, tuple[str | None, str]] = {}
        self._can_vote = False
        self._rendering = False  # show_page fills the vote box: not the user's edits
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)

        head = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        head.addWidget(self.back_button)
        self.title_label = QLabel()
        self.title_label.setObjectName("heading")
        self.title_label.setWordWrap(True)
        head.addWidget(self.title_label, 1)
        self.status_chip = chip("", theme.text_muted, theme.sunken)
        head.addWidget(self.status_chip)
        self.edit_button = QPushButton()
        self.close_button = QPushButton()
        self.decide_button = QPushButton()
        self.decide_button.setProperty("accent", True)
        for button, signal in (
            (self.edit_button, self.edit_requested),
            (self.close_button, self.close_requested),
            (self.decide_button, self.decide_requested),
        ):
            button.clicked.connect(lambda _=False, s=signal: self.data and s.emit(self.data.ballot.id))
            head.addWidget(button)
        outer.addLayout(head)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("muted")
        self.meta_label.setWordWrap(True)
        outer.addWidget(self.meta_label)
        self.decision_banner = QLabel()
        self.decision_banner.setWordWrap(True)
        self.decision_banner.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.decision_banner)

        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split, 1)
        split.addWidget(self._build_subject())
        # On a short screen the vote box scrolls instead of squeezing its option buttons together.
        vote_scroll = QScrollArea()
        vote_scroll.setWidgetResizable(True)
        vote_scroll.setFrameShape(QFrame.Shape.NoFrame)
        vote_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        vote_scroll.setWidget(self._build_vote_box())
        split.addWidget(vote_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self._set_static_texts()

    # ------------------------------------------------------------ building

    def _build_subject(self) -> QWidget:
        self.subject_stack = QStackedWidget()
        # draft: slide list with heat, detail, comments
        draft = QWidget()
        lay = QVBoxLayout(draft)
        lay.setContentsMargins(0, 0, 0, 0)
        self.units_title = _section()
        lay.addWidget(self.units_title)
        self.unit_list = QListWidget()
        self._heat = HeatDelegate(theme=self._theme, parent=self.unit_list)
        self.unit_list.setItemDelegate(self._heat)
        self.unit_list.setUniformItemSizes(True)
        self.unit_list.currentRowChanged.connect(self._on_unit_selected)
        lay.addWidget(self.unit_list, 2)
        self.unit_detail = QLabel()
        self.unit_detail.setWordWrap(True)
        self.unit_detail.setTextFormat(Qt.TextFormat.RichText)
        self.unit_detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        detail_scroll = QScrollArea()
        detail_scroll.setObjectName("pane")
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.unit_detail)
        lay.addWidget(detail_scroll, 1)
        row = QHBoxLayout()
        self.comment_edit = QLineEdit()
        self.comment_button = QPushButton()
        self.comment_button.clicked.connect(self._on_comment)
        self.comment_edit.returnPressed.connect(self._on_comment)
        row.addWidget(self.comment_edit, 1)
        row.addWidget(self.comment_button)
        lay.addLayout(row)
        self.subject_stack.addWidget(draft)
        # product: description
        self.product_label = QLabel()
        self.product_label.setWordWrap(True)
        self.product_label.setTextFormat(Qt.TextFormat.RichText)
        self.product_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.product_label.setContentsMargins(14, 12, 14, 12)
        product = QScrollArea()
        product.setObjectName("pane")
        product.setWidgetResizable(True)
        product.setWidget(self.product_label)
        self.subject_stack.addWidget(product)
        return self.subject_stack

    def _build_vote_box(self) -> QWidget:
        box = QFrame()
        box.setObjectName("card")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.setSpacing(8)
        self.vote_title = _section()
        lay.addWidget(self.vote_title)
        self.options_grid = QGridLayout()
        self.options_grid.setSpacing(6)
        lay.addLayout(self.options_grid)
        self.option_group = QButtonGroup(self)
        self.option_group.setExclusive(True)
        self.option_group.buttonToggled.connect(self._on_draft_edited)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setFixedHeight(64)
        self.reason_edit.textChanged.connect(self._on_draft_edited)
        lay.addWidget(self.reason_edit)
        row = QHBoxLayout()
        self.my_vote_label = QLabel()
        self.my_vote_label.setObjectName("muted")
        self.my_vote_label.setWordWrap(True)
        row.addWidget(self.my_vote_label, 1)
        self.vote_button = QPushButton()
        self.vote_button.setProperty("accent", True)
        self.vote_button.clicked.connect(self._on_vote)
        row.addWidget(self.vote_button)
        lay.addLayout(row)
        self._error: str | Callable[[], str] = ""
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {self._theme.danger};")
        self.error_label.hide()
        lay.addWidget(self.error_label)
        lay.addSpacing(6)
        self.results_title = _section()
        lay.addWidget(self.results_title)
        self.turnout_label = QLabel()
        self.turnout_label.setObjectName("muted")
        lay.addWidget(self.turnout_label)
        self.turnout_bar = TurnoutBar(theme=self._theme)
        lay.addWidget(self.turnout_bar)
        self.chart = ResultsChart(theme=self._theme)
        lay.addWidget(self.chart)
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setObjectName("pane")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.reasons_label)
        scroll.setMinimumHeight(90)
        lay.addWidget(scroll, 1)
        return box

    def _set_static_texts(self) -> None:
        self.back_button.setText(self.tr("← Board"))
        self.edit_button.setText(self.tr("Edit…"))
        self.close_button.setText(self.tr("Close voting"))
        self.decide_button.setText(self.tr("Record decision…"))
        self.units_title.setText(self.tr("Slides and sections · comments heat map").upper())
        self.comment_edit.setPlaceholderText(self.tr("Comment on this slide: what would you change?"))
        self.comment_button.setText(self.tr("Comment"))
        self.vote_title.setText(self.tr("Your vote").upper())
        self.reason_edit.setPlaceholderText(self.tr("Why? e.g. “clients will ask about …”"))
        self.vote_button.setText(self.tr("Vote"))
        self.results_title.setText(self.tr("Results").upper())

    # ------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        """Every text in the current language; the ballot on show is rendered again from `data`.

        What the user is typing or has picked (reason, option, comment) stays as it is.
        """
        self._set_static_texts()
        if self.data is None or self._me is None:
            return
        error = self._error if self.error_label.isVisible() else ""
        self.show_page(self.data, self._me)  # puts the unsent draft back
        if error:
            self.show_error(error)  # in the new language when it was given as a function

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ rendering

    def show_page(self, data: PageData, me: Person) -> None:
        """Render `data`; an unsent draft of this ballot (option, reason) survives the render."""
        self._rendering = True
        try:
            self._show_page(data, me)
        finally:
            self._rendering = False

    def _show_page(self, data: PageData, me: Person) -> None:
        t = self._theme
        self.data = data
        self._me = me
        b = data.ballot
        self.title_label.setText(b.title)
        status_text = {
            Status.SCHEDULED: self.tr("Scheduled"),
            Status.OPEN: self.tr("Open"),
            Status.CLOSED: self.tr("Closed"),
            Status.DECIDED: self.tr("Decided"),
        }[b.status]
        color = t.success if b.status is Status.OPEN else t.text_muted
        self.status_chip.setText(status_text)
        self.status_chip.setStyleSheet(
            self.status_chip.styleSheet().split("color:")[0] + f"color: {color};"
            f" background: {soft(color, 36)}; border-radius: 7px; padding: 1px 8px;"
            " font-size: 8.5pt; font-weight: 600; }"
        )
        manager = me.can_manage_ballots
        self.edit_button.setVisible(manager and b.status in (Status.OPEN, Status.SCHEDULED))
        self.close_button.setVisible(manager and b.status in (Status.OPEN, Status.SCHEDULED))
        can_decide = b.status is Status.CLOSED or (
            b.decision is not None and b.decision.outcome is Outcome.POSTPONED
        )
        self.decide_button.setVisible(manager and can_decide)
        self.meta_label.setText(self._meta(data))
        self._show_decision(data)
        self._show_subject(data)
        self._show_vote_box(data, me)
        self._show_results(data)
        self.error_label.hide()
        if data.now is not None:
            self.tick(data.now)

    def _meta(self, data: PageData) -> str:
        b = data.ballot
        parts = []
        if b.question:
            parts.append(b.question)
        who = ", ".join(b.audience) if b.audience else self.tr("everyone")
        parts.append(self.tr("Asked by {0} · audience: {1}").format(b.created_by, who))
        if b.closes_at is not None:
            parts.append(self.tr("closes {0}").format(date_time(b.closes_at)))
        if b.hide_totals:
            parts.append(self.tr("totals hidden until close"))
        return " · ".join(parts)

    def _show_decision(self, data: PageData) -> None:
        d = data.ballot.decision
        self.decision_banner.setVisible(d is not None)
        if d is None:
            return
        fg, bg = outcome_colors(d.outcome, self._theme)
        self.decision_banner.setStyleSheet(
            f"QLabel {{ background: {bg}; border: 1px solid {fg}; border-radius: 8px; padding: 8px 12px; }}"
        )
        when = short_date(d.decided_at.astimezone())
        outcome = self.tr("Decision: {0}").format(translated(d.outcome.label))
        by = self.tr("{0}, {1}", "decided by whom, when").format(d.decided_by, when)
        self.decision_banner.setText(
            f"<b style='color:{fg}'>{escape(outcome)}</b> — "
            f"{escape(d.rationale)} <span style='color:{self._theme.text_muted}'>({escape(by)})</span>"
        )

    def _show_subject(self, data: PageData) -> None:
        b = data.ballot
        if b.subject is Subject.PRODUCT:
            self.subject_stack.setCurrentIndex(1)
            p = b.product
            rows = [(self.tr("Target segment"), p.segment), (self.tr("Planned price"), no_break(p.price))]
            if p.launch:
                rows.append((self.tr("Planned launch"), short_date(p.launch)))
            facts = "".join(
                f"<tr><td style='color:{self._theme.text_muted}; padding-right:14px'>{escape(k)}</td>"
                f"<td><b>{escape(v)}</b></td></tr>"
                for k, v in rows
                if v
            )
            files = "".join(f"<li>{escape(a.get('name', ''))}</li>" for a in p.attachments)
            html = (
                f"<h2>{escape(p.name or b.title)}</h2><p>{escape(p.description).replace(chr(10), '<br>')}</p>"
            )
            if facts:
                html += f"<table>{facts}</table>"
            if files:
                attachments = self.tr("Attachments")
                html += f"<p><b>{escape(attachments)}</b></p><ul>{files}</ul>"
            self.product_label.setText(html)
            return
        self.subject_stack.setCurrentIndex(0)
        self.units_title.setText(self.tr("{0} · comments heat map").format(b.item_title or "").upper())
        current = max(0, self.unit_list.currentRow())
        self.unit_list.blockSignals(True)
        self.unit_list.clear()
        hottest = max(data.heat.values(), default=0)
        for unit in data.units:
            lines = [x.strip() for x in unit.text.splitlines() if x.strip()]
            heading = unit.heading or (lines[0][:80] if lines else "") or self.tr("(untitled)")
            if lines and lines[0] == heading:
                lines = lines[1:]
            item = QListWidgetItem(heading)
            item.setData(Qt.ItemDataRole.UserRole, unit.number)
            item.setData(HEAT_ROLE, data.heat.get(unit.number, 0))
            item.setData(HOTTEST_ROLE, hottest)
            item.setData(SNIPPET_ROLE, " ".join(lines)[:200])
            item.setToolTip(self.tr("%n comment(s)", "", data.heat.get(unit.number, 0)))
            self.unit_list.addItem(item)
        self.unit_list.blockSignals(False)
        self._apply_thumbnails()
        if data.units:
            self.unit_list.setCurrentRow(min(current, len(data.units) - 1))
            self._on_unit_selected(self.unit_list.currentRow())
        open_ = b.status is Status.OPEN
        self.comment_edit.setEnabled(open_)
        self.comment_button.setEnabled(open_)

    def _on_unit_selected(self, row: int) -> None:
        if self.data is None or not (0 <= row < len(self.data.units)):
            self.unit_detail.setText("")
            return
        unit = self.data.units[row]
        muted = self._theme.text_muted
        html = f"<h3>{escape(unit.heading)}</h3><p>{escape(unit.text).replace(chr(10), '<br>')}</p>"
        comments = [c for c in self.data.comments if c.unit_number == unit.number]
        if comments:
            title = self.tr("Comments · {0}").format(len(comments))
            html += f"<p style='color:{muted}'>{escape(title)}</p><ul>"
            html += "".join(f"<li><b>{escape(c.author)}</b>: {escape(c.text)}</li>" for c in comments)
            html += "</ul>"
        if not comments:
            none_yet = self.tr("No comments on this one yet.")
            html += f"<p style='color:{muted}'>{escape(none_yet)}</p>"
        self.unit_detail.setText(html)

    def _show_vote_box(self, data: PageData, me: Person) -> None:
        b = data.ballot
        for button in self.option_buttons.values():
            self.option_group.removeButton(button)
            button.deleteLater()
        self.option_buttons.clear()
        colors = option_colors(b.options, b.negative_options, self._theme, score=b.is_score)
        columns = 5 if b.is_score else 1
        for i, (option, color) in enumerate(zip(b.options, colors, strict=False)):
            button = QPushButton(option_label(option))
            button.setProperty("option", option)  # the vote sends this, never the label
            button.setCheckable(True)
            button.setMinimumHeight(34)
            c = color.name()
            button.setStyleSheet(
                f"QPushButton {{ text-align: left; padding: 6px 12px; border-left: 4px solid {c}; }}"
                f"QPushButton:checked {{ background: {soft(c, 50)}; border: 2px solid {c};"
                " border-left: 6px solid " + c + "; font-weight: 600; }"
            )
            self.option_group.addButton(button, i)
            self.options_grid.addWidget(button, i // columns, i % columns)
            self.option_buttons[option] = button
        mine = data.mine
        can_vote = b.status is Status.OPEN and (
            not b.audience or me.team.casefold() in {a.casefold() for a in b.audience}
        )
        self._can_vote = can_vote
        # What the box shows: the user's unsent draft of this ballot, else the saved vote.
        draft = self.drafts.get(b.id) if can_vote else None
        shown: str | None
        if draft is not None:
            shown, reason = draft
        elif mine is not None:
            shown, reason = mine.option, mine.reason
        else:
            shown, reason = None, ""
        if shown is not None and shown in self.option_buttons:
            self.option_buttons[shown].setChecked(True)
        if self.reason_edit.toPlainText() != reason:  # unchanged text keeps the cursor where it is
            self.reason_edit.setPlainText(reason)
        for button in self.option_buttons.values():
            button.setEnabled(can_vote)
        # A ballot that takes no vote from this user shows no reason box and no Vote button
        # (a disabled accent button still looks clickable); the label says why.
        self.reason_edit.setEnabled(can_vote)
        self.reason_edit.setVisible(can_vote)
        self.vote_button.setEnabled(can_vote)
        self.vote_button.setVisible(can_vote)
        self.vote_button.setText(self.tr("Change vote") if mine else self.tr("Vote"))
        if b.status is Status.SCHEDULED:
            why = self.tr("Voting has not opened yet.")
        elif b.status is not Status.OPEN:
            why = self.tr("Voting is closed.")
        elif not can_vote:
            why = self.tr("This ballot is for {0}; your team is {1}.").format(
                ", ".join(b.audience), me.team or self.tr("not set")
            )
        else:
            why = ""
        if mine is not None:
            when = date_time(mine.updated_at)
            voted = self.tr("You voted “{0}” ({1}).")
            text = voted.format(option_label(mine.option), when)
        elif b.status is Status.OPEN:
            text = "" if why else self.tr("You have not voted yet.")
        elif b.status is Status.SCHEDULED:
            text = ""
        else:
            text = self.tr("You did not vote.")
        self.my_vote_label.setText(" ".join(x for x in (why, text) if x))

    def _show_results(self, data: PageData) -> None:
        b, r, t = data.ballot, data.results, self._theme
        self.turnout_label.setText(
            self.tr("{0} of {1} voted · turnout {2:.0%}").format(r.votes, r.audience_size, r.turnout)
        )
        self.turnout_bar.set_share(r.turnout)
        colors = option_colors(b.options, b.negative_options, t, score=b.is_score)
        note = self.tr("Totals stay hidden until the ballot closes, so that nobody follows the crowd.")
        self.chart.set_results(r.tally, colors, mine=data.mine.option if data.mine else None, note=note)
        if r.reasons is None:
            self.reasons_label.setText("")
            return
        html = ""
        if r.mean_score is not None:
            mean = self.tr("Mean score: {0}").format(QLocale().toString(float(r.mean_score), "f", 1))
            html += f"<p><b>{escape(mean)}</b></p>"
        for (option, reasons), color in zip(r.reasons.items(), colors, strict=False):
            if not reasons:
                continue
            label = escape(option_label(option))
            html += f"<p style='margin-bottom:2px'><b style='color:{color.name()}'>{label}</b></p>"
            html += "<ul style='margin-top:0'>"
            html += "".join(
                f"<li>{escape(quoted(x.text))} <span style='color:{t.text_muted}'>— {escape(x.voter)}"
                f"{', ' + escape(x.team) if x.team else ''}</span></li>"
                for x in reasons
            )
            html += "</ul>"
        if r.by_team and len(r.by_team) > 1:
            by_team = self.tr("By team")
            html += f"<p><b>{escape(by_team)}</b></p><table>"
            for team, counts in r.by_team.items():
                cells = " · ".join(f"{escape(option_label(o))} {n}" for o, n in counts.items() if n)
                html += (
                    f"<tr><td style='padding-right:12px'>{escape(team)}</td>"
                    f"<td style='color:{t.text_muted}'>{cells}</td></tr>"
                )
            html += "</table>"
        self.reasons_label.setText(html)

    def set_thumbnails(self, item_id: int, images: dict[int, QImage]) -> None:
        """Slide images for the draft on show: the heat map is then painted over them."""
        self._thumbs = (item_id, images)
        self._apply_thumbnails()

    def _apply_thumbnails(self) -> None:
        if self.data is None or self._thumbs is None or self._thumbs[0] != self.data.ballot.item_id:
            return
        images = self._thumbs[1]
        for row in range(self.unit_list.count()):
            item = self.unit_list.item(row)
            image = images.get(int(item.data(Qt.ItemDataRole.UserRole)))
            if image is not None:
                item.setData(Qt.ItemDataRole.DecorationRole, image)

    def set_theme(self, theme: Theme) -> None:
        """Switch colours (light/dark); the next `show_page` repaints the rest."""
        self._theme = theme
        self._heat.set_theme(theme)
        self.turnout_bar.set_theme(theme)
        self.chart.set_theme(theme)
        self.error_label.setStyleSheet(f"color: {theme.danger};")

    def tick(self, now: datetime) -> None:
        if self.data is None:
            return
        left = self.data.ballot.seconds_left(now)
        if left is not None:
            self.status_chip.setText(self.tr("Open · {0} left").format(countdown(left)))

    def show_error(self, message: str | Callable[[], str]) -> None:
        """Show an error; a function giving the text is asked again after a language switch."""
        self._error = message
        self.error_label.setText(message() if callable(message) else message)
        self.error_label.show()

    # ------------------------------------------------------------ the unsent draft

    def _on_draft_edited(self, *_args: object) -> None:
        """The user picked an option or typed: remember it for this ballot (a render puts it back)."""
        if self._rendering or self.data is None or not self._can_vote:
            return
        checked = self.option_group.checkedButton()
        option = str(checked.property("option")) if checked is not None else None
        reason = self.reason_edit.toPlainText()
        mine = self.data.mine
        saved = (mine.option, mine.reason) if mine is not None else (None, "")
        if (option, reason) == saved:
            self.drafts.pop(self.data.ballot.id, None)  # nothing unsent: polls show the saved vote
        else:
            self.drafts[self.data.ballot.id] = (option, reason)

    def forget_draft(self, ballot_id: int) -> None:
        """The vote was stored: from now on the box shows the saved vote."""
        self.drafts.pop(ballot_id, None)

    # ------------------------------------------------------------ requests

    def _on_vote(self) -> None:
        if self.data is None or not self._can_vote:
            return
        checked = self.option_group.checkedButton()
        if checked is None:
            self.show_error(lambda: self.tr("Pick an option first."))
            return
        self.error_label.hide()
        option = str(checked.property("option"))  # the stored option, not the translated label
        self.vote_requested.emit(self.data.ballot.id, option, self.reason_edit.toPlainText().strip())

    def _on_comment(self) -> None:
        item = self.unit_list.currentItem()
        text = self.comment_edit.text().strip()
        if self.data is None or item is None or not text:
            return
        self.comment_requested.emit(self.data.ballot.id, int(item.data(Qt.ItemDataRole.UserRole)), text)
        self.comment_edit.clear()
