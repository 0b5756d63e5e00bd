"""The voting board: open, closed and decided ballots as cards in three columns, with countdowns.

Signals:
    BallotCard.opened(int) / BoardView.ballot_opened(int): the user wants to see a ballot.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from enablement.ui.labels import quoted, short_date
from enablement.ui.messages import translated
from enablement.ui.theme import Theme
from enablement.ui.voting._data import BoardData
from enablement.ui.voting.chart import DistributionBar, TurnoutBar, chip, option_colors, soft
from enablement.ui.voting.texts import countdown, no_break, option_label
from enablement.voting import Ballot, Outcome, Results, Status, Subject

COLUMNS = (Status.OPEN, Status.CLOSED, Status.DECIDED)


def outcome_colors(outcome: Outcome, theme: Theme) -> tuple[str, str]:
    color = {
        Outcome.GO: theme.success,
        Outcome.GO_WITH_CHANGES: theme.warning,
        Outcome.NO_GO: theme.danger,
        Outcome.POSTPONED: theme.text_muted,
    }[outcome]
    return color, soft(color, 38)


class BallotCard(QFrame):
    """One ballot on the board; click to open it.

    Built in the current language; the board builds new cards when the language changes.
    """

    opened = Signal(int)

    def __init__(
        self, ballot: Ballot, my_option: str | None, *, theme: Theme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ballot = ballot
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setStyleSheet(f"QFrame#card:hover {{ border: 1px solid {theme.accent}; }}")
        self._theme = theme
        t = theme
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.setSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(6)
        p = ballot.product
        if ballot.subject is Subject.ITEM:
            kind = self.tr("Draft for review")
        elif p.description or p.segment or p.price or p.launch or p.name != ballot.title:
            kind = self.tr("Upcoming product")
        else:
            kind = self.tr("Question")
        kind_label = QLabel(kind.upper())
        kind_label.setObjectName("sectionTitle")
        top.addWidget(kind_label)
        top.addStretch(1)
        self.countdown_label = chip("", t.accent, soft(t.accent, 30))
        self.countdown_label.setVisible(False)
        top.addWidget(self.countdown_label)
        if ballot.status is Status.SCHEDULED:
            top.addWidget(chip(self.tr("Scheduled"), t.text_muted, t.sunken))
        lay.addLayout(top)

        title = QLabel(ballot.title)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 11pt; font-weight: 600;")
        lay.addWidget(title)
        subtitle = ballot.item_title if ballot.subject is Subject.ITEM else self._product_line(ballot)
        if subtitle:
            sub = QLabel(subtitle)
            sub.setObjectName("muted")
            sub.setWordWrap(True)
            lay.addWidget(sub)

        if ballot.decision is not None and ballot.decision.rationale:
            why = QLabel(quoted(ballot.decision.rationale))
            why.setWordWrap(True)
            why.setStyleSheet(f"color: {t.text}; font-style: italic;")
            lay.addWidget(why)
        self.turnout = TurnoutBar(theme=t)
        lay.addWidget(self.turnout)
        self.distribution = DistributionBar(theme=t)
        self.distribution.setVisible(False)
        lay.addWidget(self.distribution)
        foot = QHBoxLayout()
        foot.setSpacing(6)
        self.votes_label = QLabel(self.tr("%n vote(s)", "", ballot.votes))
        self.votes_label.setObjectName("muted")
        self.votes_label.setStyleSheet("font-size: 9pt;")
        foot.addWidget(self.votes_label)
        foot.addStretch(1)
        if ballot.decision is not None:
            fg, bg = outcome_colors(ballot.decision.outcome, t)
            foot.addWidget(chip(translated(ballot.decision.outcome.label), fg, bg))
        elif my_option is not None:
            mine = self.tr("You: {0}").format(option_label(my_option))
            foot.addWidget(chip(mine, t.accent, t.accent_soft))
        elif ballot.status is Status.OPEN:
            foot.addWidget(chip(self.tr("Your vote is asked"), t.warning, t.warning_soft))
        lay.addLayout(foot)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _product_line(self, ballot: Ballot) -> str:
        p = ballot.product
        parts = [x for x in (p.segment, no_break(p.price)) if x]
        if p.launch:
            parts.append(self.tr("launch {0}").format(short_date(p.launch)))
        return " · ".join(parts)

    def set_results(self, results: Results) -> None:
        """Turnout always; the distribution too once the totals are visible."""
        self.turnout.set_share(results.turnout)
        self.votes_label.setText(self.tr("{0} of {1} voted").format(results.votes, results.audience_size))
        if results.tally is not None and results.votes:
            b = self.ballot
            colors = option_colors(b.options, b.negative_options, self._theme, score=b.is_score)
            self.distribution.set_parts(
                [(n, c) for n, c in zip(results.tally.values(), colors, strict=False)]
            )
            self.distribution.setToolTip(
                ", ".join(f"{option_label(o)}: {n}" for o, n in results.tally.items())
            )
            self.distribution.setVisible(True)
            self.turnout.setVisible(False)

    def tick(self, now: datetime) -> bool:
        """Refresh the countdown; True when the closing time has just passed."""
        left = self.ballot.seconds_left(now)
        if left is None:
            self.countdown_label.setVisible(False)
            return False
        # Plain words, no ⏱: DejaVu, the Linux default font, lacks it and draws a box.
        self.countdown_label.setText(self.tr("{0} left").format(countdown(left)))
        self.countdown_label.setVisible(True)
        return left <= 0

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit(self.ballot.id)
        super().mouseReleaseEvent(event)


class BoardView(QWidget):
    """Three columns of ballot cards.

    Signals:
        ballot_opened(int): a card was clicked.
        deadline_passed(): a countdown reached zero (the board should reload).

    Attributes:
        data: the board on show (None before the first `show_board`); a language
            change renders it again from this, without reloading.
    """

    ballot_opened = Signal(int)
    deadline_passed = Signal()

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self.cards: dict[int, BallotCard] = {}
        self.data: BoardData | None = None
        self._counts = dict.fromkeys(COLUMNS, 0)
        self._columns: dict[Status, tuple[QLabel, QVBoxLayout, QLabel]] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        for status in COLUMNS:
            col = QVBoxLayout()
            col.setSpacing(8)
            header = QLabel()
            header.setObjectName("sectionTitle")
            col.addWidget(header)
            scroll = QScrollArea()
            scroll.setObjectName("pane")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            body = QWidget()
            body_lay = QVBoxLayout(body)
            body_lay.setContentsMargins(0, 0, 4, 0)
            body_lay.setSpacing(10)
            empty = QLabel()
            empty.setObjectName("muted")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setWordWrap(True)
            body_lay.addWidget(empty)
            body_lay.addStretch(1)
            scroll.setWidget(body)
            col.addWidget(scroll, 1)
            row.addLayout(col, 1)
            self._columns[status] = (header, body_lay, empty)
        self._set_column_texts()

    def _column_names(self) -> dict[Status, str]:
        return {
            Status.OPEN: self.tr("Open"),
            Status.CLOSED: self.tr("Closed, awaiting decision"),
            Status.DECIDED: self.tr("Decided"),
        }

    def _set_column_texts(self) -> None:
        """Column headers ("OPEN · 5") and the empty-column notes, in the current language."""
        names = self._column_names()
        empties = {
            Status.OPEN: self.tr("No open ballots. Marketing asks here before a release."),
            Status.CLOSED: self.tr("Nothing waiting for a decision."),
            Status.DECIDED: self.tr("No decisions yet."),
        }
        for status, (header, _lay, empty) in self._columns.items():
            header.setText(f"{names[status].upper()}  ·  {self._counts[status]}")
            empty.setText(empties[status])
            empty.setVisible(self._counts[status] == 0)

    def column_header(self, status: Status) -> str:
        """The header of `status`'s column as shown ("OPEN  ·  2")."""
        return self._columns[status][0].text()

    def set_theme(self, theme: Theme) -> None:
        """New cards use `theme`; the panel reloads the board right after."""
        self._theme = theme

    def show_board(self, data: BoardData) -> None:
        """Cards for `data`'s ballots, with their results, in place of the ones on show."""
        self.data = data
        for card in self.cards.values():
            card.deleteLater()
        self.cards.clear()
        self._counts = dict.fromkeys(COLUMNS, 0)
        for ballot in data.ballots:
            status: Status = Status.OPEN if ballot.status is Status.SCHEDULED else ballot.status
            _header, lay, _ = self._columns[status]
            card = BallotCard(ballot, data.my_votes.get(ballot.id), theme=self._theme)
            card.opened.connect(self.ballot_opened)
            lay.insertWidget(lay.count() - 1, card)
            self._counts[status] += 1
            self.cards[ballot.id] = card
            results = data.results.get(ballot.id)
            if results is not None:
                card.set_results(results)
            card.tick(data.now)
        self._set_column_texts()

    def set_results(self, ballot_id: int, results: Results) -> None:
        card = self.cards.get(ballot_id)
        if card is not None:
            card.set_results(results)
        if self.data is not None:
            self.data.results[ballot_id] = results

    def tick(self, now: datetime) -> None:
        if any([card.tick(now) for card in self.cards.values()]):
            self.deadline_passed.emit()

    # ------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        """Headers, notes and cards in the current language, from the data on show (no reload)."""
        if self.data is not None:
            self.show_board(self.data)
        else:
            self._set_column_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
