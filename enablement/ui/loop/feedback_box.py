"""The feedback strip under the preview: a verdict on the slide, page, row or section on show.

Four verdicts (helped me win, outdated, wrong, missing something) open a small comment field;
Send hands it to `ReportService.add_feedback` through the task runner. The service's refusal
(a comment it needs, a unit removed meanwhile) is shown in the strip and the comment stays.

Below the buttons the strip shows what the person may read: marketing (and an admin) sees the
unit's feedback so far, the item's roll-up, and how many people previewed, opened, copied or
linked the unit in the current version over the last weeks (InsightsService.unit_usage: counts of
fewer than 3 people come back hidden); anyone else sees the feedback they sent on this unit and its
state. Which one is the service's call: a refused roll-up means "your own only".

After a re-import the unit on show is the current version's: feedback shows on it when it was
given on this version or on an earlier one where the unit had the same content (the service
decides, enablement.insights.feedback_versions); feedback on a unit since changed or removed is
listed under the item's roll-up as "On version 2, slide 5 «Pricing» (since changed)".
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from enablement.errors import EnablementError, PermissionDenied
from enablement.insights import (
    EarlierFeedback,
    FeedbackSummary,
    Placement,
    Report,
    ReportService,
    UnitFeedback,
    Verdict,
)
from enablement.insights.figures import DEFAULT_WEEKS, MIN_GROUP, InsightsService
from enablement.insights.reports import MAX_TEXT_CHARS
from enablement.insights.unit_usage import UnitUsage
from enablement.ui import labels
from enablement.ui.elided_label import ElidedLabel
from enablement.ui.icons import IconSet
from enablement.ui.layouts import FlowLayout
from enablement.ui.loop.report_texts import kind_label, state_label
from enablement.ui.messages import error_text
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance

UNIT_KINDS = ("slide", "page", "row", "section")
LATEST_SHOWN = 3
EARLIER_SHOWN = 4  # earlier versions' units listed under the roll-up; the rest are counted
USAGE_WEEKS = DEFAULT_WEEKS  # the window of a unit's usage line, the dashboard's default


@dataclass(frozen=True, slots=True)
class FeedbackView:
    """What the strip shows for one unit (plain data, loaded by a worker).

    Attributes:
        rollup_allowed: the person may read everyone's feedback (marketing, admin).
        unit: everyone's feedback on the unit (None: none yet, or not allowed).
        item: the item's roll-up over all its units (None: none yet, or not allowed).
        mine: the feedback the person sent on this unit, newest first.
        usage: the unit's usage in the current version over the last USAGE_WEEKS weeks (None:
            not allowed or not read).
        earlier: feedback on units of earlier versions that no current unit carries.
    """

    rollup_allowed: bool
    unit: UnitFeedback | None = None
    item: FeedbackSummary | None = None
    mine: list[Report] = field(default_factory=list)
    usage: UnitUsage | None = None
    earlier: list[EarlierFeedback] = field(default_factory=list)


def load_feedback(
    reports: ReportService,
    user: str,
    item_id: int,
    unit_kind: str,
    number: int,
    insights: InsightsService | None = None,
) -> FeedbackView:
    """Worker body: the unit's feedback as far as `user` may read it."""
    mine = reports.my_unit_feedback(user, item_id, unit_kind, number)
    try:
        units = reports.item_feedback(user, item_id)
        summary = reports.item_feedback_summary(user, [item_id]).get(item_id)
        earlier = reports.earlier_feedback(user, item_id)
    except PermissionDenied:  # a seller: their own feedback only
        return FeedbackView(False, mine=mine)
    unit = next((u for u in units if u.unit_kind == unit_kind and u.unit_number == number), None)
    usage = None
    if insights is not None:
        try:
            per_unit = insights.unit_usage(item_id, weeks=USAGE_WEEKS)
        except EnablementError:  # a courtesy line: the feedback shows without it
            per_unit = []
        usage = next((u for u in per_unit if u.unit_kind == unit_kind and u.unit_number == number), None)
    return FeedbackView(True, unit, summary, mine, usage, earlier)


SUMMARY_LINES = 2  # the most of the roll-up on show at once; the rest scrolls (the strip is
# laid out at its height for its width, it cannot shrink: every line here is one the notes lack)


class _SummaryArea(QScrollArea):
    """The roll-up under the buttons, as tall as its text up to SUMMARY_LINES lines, then it
    scrolls: a marketer's long roll-up squeezed a slide's speaker notes to one line on a
    768-px screen."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMaximumHeight(self.line() * SUMMARY_LINES)
        self.viewport().setAutoFillBackground(False)  # the strip's own background shows through
        label.setAutoFillBackground(False)

    def _text_height(self) -> int:
        width = max(1, self.viewport().width())
        if self.label.hasHeightForWidth():
            return self.label.heightForWidth(width)
        return self.label.sizeHint().height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), min(self._text_height(), self.maximumHeight()))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, min(self._text_height(), self.line()))

    def line(self) -> int:
        """One line of the roll-up (the label's font: its rich text lines are that tall)."""
        return max(1, self.label.fontMetrics().lineSpacing())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Squeezed by the layout to a height between lines, the area would show a line cut in half:
        # its viewport keeps whole lines, and the rest is a blank margin under them.
        line = self.line()
        whole = max(line, (self.height() // line) * line)
        self.setViewportMargins(0, 0, 0, max(0, self.height() - whole))
        self.verticalScrollBar().setSingleStep(line)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the wrapped text's height changes with the width

    def visible_lines(self) -> float:
        """How many of the roll-up's lines its viewport shows (whole lines: a test's measure)."""
        return self.viewport().height() / self.line()


class FeedbackBox(QFrame):
    """Verdict buttons, a comment field and what was said so far, for the unit on show.

    Signals:
        sent(object): the service stored a piece of feedback (the `Report`).
    """

    sent = Signal(object)

    def __init__(
        self, *, runner: TaskRunner, appearance: Appearance, icons: IconSet, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackBox")
        self.runner = runner
        self.appearance = appearance
        self.icons = icons
        self.reports: ReportService | None = None
        self.insights: InsightsService | None = None
        self.user = ""
        self.unit: tuple[int, str, int] | None = None  # on show: item id, unit kind, number
        self.target: tuple[int, str, int] | None = None  # what the open comment is about
        self.verdict: Verdict | None = None
        self.view: FeedbackView | None = None
        self.busy = False
        self._token = 0

        # The question and the four buttons flow and wrap when the preview is narrow (in Russian
        # they need ~750 px on one line): they must not widen the window past a laptop's screen,
        # and the question is read whole, on its own line if need be, rather than elided.
        self.button_row = QWidget(self)
        buttons = FlowLayout(self.button_row, spacing=6, lead=True)
        buttons.setContentsMargins(0, 0, 0, 0)
        question = QWidget(self.button_row)
        question_row = QHBoxLayout(question)
        question_row.setContentsMargins(0, 0, 4, 0)
        question_row.setSpacing(6)
        self.icon = QLabel(question)
        self.prompt = QLabel(question)
        self.prompt.setObjectName("muted")
        question_row.addWidget(self.icon)
        question_row.addWidget(self.prompt)
        buttons.addWidget(question)
        self.verdict_buttons: dict[Verdict, QPushButton] = {}
        for verdict in Verdict:
            button = QPushButton(self.button_row)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, v=verdict: self.choose(v))
            self.verdict_buttons[verdict] = button
            buttons.addWidget(button)

        self.composer = QWidget(self)
        self.composer_label = ElidedLabel(self.composer)
        self.comment = QLineEdit(self.composer)
        self.comment.setMaxLength(MAX_TEXT_CHARS + 1)  # one over, so the service's limit message shows
        self.comment.returnPressed.connect(self.send)
        self.send_button = QPushButton(self.composer)
        self.send_button.setProperty("accent", True)
        self.send_button.clicked.connect(self.send)
        self.cancel_button = QPushButton(self.composer)
        self.cancel_button.setFlat(True)
        self.cancel_button.clicked.connect(self.close_composer)
        composer = QHBoxLayout(self.composer)
        composer.setContentsMargins(0, 0, 0, 0)
        composer.addWidget(self.composer_label, 1)
        composer.addWidget(self.comment, 2)
        composer.addWidget(self.send_button)
        composer.addWidget(self.cancel_button)
        self.composer.hide()

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setObjectName("muted")
        self.summary_area = _SummaryArea(self.summary, self)
        self.summary_area.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(4)
        layout.addWidget(self.button_row)
        layout.addWidget(self.composer)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary_area)
        self.retranslate()
        self.hide()

    # ------------------------------------------------------------------ wiring

    def set_reports(
        self, reports: ReportService | None, user: str, insights: InsightsService | None = None
    ) -> None:
        self.reports, self.user, self.insights = reports, user, insights
        self.close_composer()
        self.show_unit(None)

    def show_unit(self, unit: tuple[int, str, int] | None) -> None:
        """The pane shows `unit` (None: nothing, or a whole item): load what was said about it."""
        if unit is not None and unit[1] not in UNIT_KINDS:
            unit = None
        if unit == self.unit and self.view is not None:
            return
        self.unit = unit
        self._token += 1
        self.view = None
        self.summary_area.hide()
        if self.target is not None and self.target != unit and not self.comment.text().strip():
            self.close_composer()  # nothing typed yet: the comment follows the preview
        self.setVisible(self.reports is not None and (unit is not None or self.target is not None))
        self._update_prompt()
        if unit is not None:
            self.reload()

    def reload(self) -> None:
        if self.reports is None or self.unit is None:
            return
        token = self._token
        self.runner.submit(
            load_feedback,
            self.reports,
            self.user,
            *self.unit,
            self.insights,
            on_done=lambda view: self._on_loaded(token, view),
            on_error=lambda _exc: None,  # the roll-up is a courtesy: the buttons work without it
        )

    def _on_loaded(self, token: int, view: FeedbackView) -> None:
        if token != self._token:
            return
        self.view = view
        self._render()

    # ------------------------------------------------------------------ sending

    def choose(self, verdict: Verdict) -> None:
        """Open the comment field for `verdict` on the unit on show (a typed comment is kept)."""
        if self.unit is None or self.busy:
            return
        self.verdict = verdict
        self.target = self.unit
        for v, button in self.verdict_buttons.items():
            button.setProperty("accent", v == verdict)
            button.style().unpolish(button)
            button.style().polish(button)
        self.composer.show()
        self._update_composer()
        self.comment.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_composer(self) -> None:
        self.verdict = None
        self.target = None
        self.comment.clear()
        self.composer.hide()
        self.show_error("")
        for button in self.verdict_buttons.values():
            button.setProperty("accent", False)
            button.style().unpolish(button)
            button.style().polish(button)
        self.setVisible(self.reports is not None and self.unit is not None)

    def send(self) -> None:
        if self.reports is None or self.target is None or self.verdict is None or self.busy:
            return
        self._set_busy(True)
        item_id, unit_kind, number = self.target
        self.runner.submit(
            self.reports.add_feedback,
            self.user,
            item_id,
            unit_kind,
            number,
            self.verdict,
            self.comment.text(),
            kind="write",
            on_done=self._on_sent,
            on_error=self._on_failed,
        )

    def _on_sent(self, report: Report) -> None:
        self._set_busy(False)
        self.close_composer()
        self.sent.emit(report)
        self.view = None
        self._token += 1
        self.reload()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.show_error(error_text(exc))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setStyleSheet(f"color: {self.appearance.theme.danger}")
        self.error_label.setVisible(bool(message))

    def error_message(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.send_button.setEnabled(not busy)
        self.send_button.setText(self.tr("Sending…") if busy else self.tr("Send"))
        if busy:
            self.show_error("")

    # ------------------------------------------------------------------ drawing

    def _update_prompt(self) -> None:
        if self.unit is None:
            return
        self.prompt.setText(self._question(self.unit[1]))

    def _question(self, kind: str) -> str:
        questions = {
            "slide": self.tr("How did this slide serve you?"),
            "page": self.tr("How did this page serve you?"),
            "row": self.tr("How did this row serve you?"),
            "section": self.tr("How did this section serve you?"),
        }
        return questions.get(kind, "")

    def _update_composer(self) -> None:
        if self.verdict is None or self.target is None:
            return
        needs = self.verdict in (Verdict.WRONG, Verdict.MISSING)
        where = labels.location(self.target[1], self.target[2])
        self.composer_label.setText(f"{kind_label(self.verdict)} · {where}")
        self.comment.setPlaceholderText(
            {
                Verdict.HELPED: self.tr("How it helped (optional)"),
                Verdict.OUTDATED: self.tr("What has changed (optional)"),
                Verdict.WRONG: self.tr("What is wrong?"),
                Verdict.MISSING: self.tr("What is missing?"),
            }[self.verdict]
        )
        self.comment.setToolTip(self.tr("A comment is needed for this verdict") if needs else "")

    def _render(self) -> None:
        view = self.view
        if view is None:
            self.summary_area.hide()
            return
        parts: list[str] = []
        if view.rollup_allowed:
            unit = view.unit
            if unit is None or unit.total == 0:
                parts.append(html.escape(self.tr("No feedback on this one yet.")))
            else:
                counts = " · ".join(
                    f"{html.escape(kind_label(v))} <b>{n}</b>" for v, n in unit.counts.items() if n
                )
                parts.append(html.escape(self.tr("Feedback here:")) + " " + counts)
                for c in unit.latest[:LATEST_SHOWN]:
                    said = f"{kind_label(c.verdict)}, {c.author}, {labels.short_date(c.at)}"
                    parts.append(f"— <i>{html.escape(said)}</i>: {html.escape(_clip(c.comment, 160))}")
            if view.item is not None and view.item.total:
                whole = self.tr("Whole item: %1 pieces of feedback, %2 still open")
                parts.append(
                    html.escape(whole.replace("%1", str(view.item.total)).replace("%2", str(view.item.open)))
                )
            parts.extend(html.escape(line) for line in self._earlier_lines(view.earlier))
            if view.usage is not None:
                parts.append(html.escape(self._usage_line(view.usage)))
        elif view.mine:
            latest = view.mine[0]
            text = self.tr("You said “%1” on %2 · %3")
            parts.append(
                html.escape(
                    text.replace("%1", kind_label(latest.kind))
                    .replace("%2", labels.short_date(latest.at))
                    .replace("%3", state_label(latest.state))
                )
            )
            if len(view.mine) > 1:
                more = self.tr("and %1 earlier").replace("%1", str(len(view.mine) - 1))
                parts[-1] += " " + html.escape(more)
        self.summary.setText("<br>".join(parts))
        self.summary_area.setVisible(bool(parts))
        self.summary_area.updateGeometry()

    def _earlier_lines(self, earlier: list[EarlierFeedback]) -> list[str]:
        """'On version 2, slide 5 «Pricing» (since removed): Outdated 2 · Wrong 1', one per unit."""
        lines = []
        for group in earlier[:EARLIER_SHOWN]:
            heading = _clip(group.heading, 60)
            where = labels.location(group.unit_kind, group.unit_number, heading=heading)
            if heading and group.unit_kind != "section":  # a section is named by its heading already
                where += f" «{heading}»"
            if group.version is None:
                on = self.tr("On an earlier version, %1 (it may have changed since)").replace("%1", where)
            else:
                since = {
                    Placement.CHANGED: self.tr("On version %1, %2 (since changed)"),
                    Placement.REMOVED: self.tr("On version %1, %2 (since removed)"),
                }.get(group.placement, self.tr("On version %1, %2 (it may have changed since)"))
                on = since.replace("%1", str(group.version)).replace("%2", where)
            counts = " · ".join(f"{kind_label(v)} {n}" for v, n in group.counts.items() if n)
            lines.append(f"{on}: {counts}")
            for c in group.latest[:1]:
                lines.append(f"— {kind_label(c.verdict)}, {c.author}: {_clip(c.comment, 120)}")
        if len(earlier) > EARLIER_SHOWN:
            more = self.tr("…and feedback on %1 more units of earlier versions")
            lines.append(more.replace("%1", str(len(earlier) - EARLIER_SHOWN)))
        return lines

    def _usage_line(self, usage: UnitUsage) -> str:
        """'Previewed by 7 people, opened by 3, copied by fewer than 3 … in the last 8 weeks, in
        version 2': earlier versions' usage of the same number was of another unit, maybe."""
        weeks = str(USAGE_WEEKS)
        if usage.hidden:
            return (
                self.tr("Nobody, or fewer than %1 people, used it in version %3 in the last %2 weeks.")
                .replace("%1", str(MIN_GROUP))
                .replace("%2", weeks)
                .replace("%3", str(usage.version))
            )
        few = self.tr("fewer than %1").replace("%1", str(MIN_GROUP))
        counts = [
            (self.tr("Previewed by %1 people"), usage.previewed),
            (self.tr("opened by %1"), usage.opened),
            (self.tr("copied by %1"), usage.copied),
            (self.tr("linked by %1"), usage.linked),
        ]
        done = ", ".join(text.replace("%1", few if n is None else str(n)) for text, n in counts)
        within = self.tr("in the last %1 weeks, this version (%2) only")
        return done + " " + within.replace("%1", weeks).replace("%2", str(usage.version))

    # ------------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        self.icon.setPixmap(self.icons.pixmap("feedback", 16))
        for verdict, button in self.verdict_buttons.items():
            button.setText(kind_label(verdict))
        self.cancel_button.setText(self.tr("Cancel"))
        self._set_busy(self.busy)
        self._update_prompt()
        self._update_composer()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
