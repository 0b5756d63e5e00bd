"""The six cards of the Numbers page, each drawing one part of a `Dashboard`.

A card is filled from the whole `Dashboard` (`show_dashboard`), again on a theme or language
change, so it keeps no state of its own beyond what it shows. Every card says in words why it
has nothing to draw: an empty library, nothing measured in the window, or a count withheld
because fewer than three people stand behind it (the service's minimum group). `compact` cards
are the report's: fewer rows and one chart each, to fit one A4 page.

Texts go through `translate("Dashboard", …)`, not `self.tr`: PySide looks `tr` up under the
runtime class name, so strings written in the base class would miss their subclass context.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from enablement.insights.figures import Dashboard, UsageCount, WeekValue
from enablement.insights.gaps import GAP_MIN_UNSERVED, GAP_UNSERVED_PERCENT
from enablement.ui.loop import dashboard_format as fmt
from enablement.ui.loop.dashboard_charts import (
    COUNT,
    HOURS,
    PERCENT,
    Bar,
    BarList,
    CoverageRow,
    CoverageTable,
    TrendChart,
)
from enablement.ui.loop.dashboard_format import translate
from enablement.ui.theme import Theme


def _points(weeks: list[WeekValue]) -> list[tuple[date, float | None]]:
    return [(w.start, w.value) for w in weeks]


def flag_notes(board: Dashboard) -> list[str]:
    """The notes above the cards; an empty library says only that (everything else follows from it)."""
    if "empty_library" in board.flags:
        return [fmt.flag_note("empty_library")]
    return [fmt.flag_note(flag) for flag in board.flags]


def _hidden_or_empty(board: Dashboard, explanation: str) -> str:
    """What stands where counts over people would be: an empty library, or the minimum group."""
    if "empty_library" in board.flags:
        return translate("Dashboard", "Nothing yet: the library is empty.")
    return f"{fmt.hidden_sentence()} {explanation}".strip()


class DashboardCard(QFrame):
    """A titled card: a big figure, a caption under it, then the card's own charts.

    Attributes:
        figure: the big number as shown ("23%", "—").
        caption: the sentence that says what the figure counts, or why it is missing.
    """

    def __init__(self, *, theme: Theme, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.compact = compact
        self._theme = theme
        self._subheadings: list[QLabel] = []
        self._layout = QVBoxLayout(self)
        margin = 10 if compact else 14
        self._layout.setContentsMargins(margin, margin - 2, margin, margin)
        self._layout.setSpacing(4 if compact else 6)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.figure = QLabel(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("muted")
        self.caption.setWordWrap(True)
        for label in (self.title, self.figure, self.caption):
            self._layout.addWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._style_figure()

    def _style_figure(self, color: str | None = None) -> None:
        size = 17 if self.compact else 22
        self.figure.setStyleSheet(
            f"QLabel {{ font-size: {size}pt; font-weight: 600; color: {color or self._theme.text}; }}"
        )

    def _subheading(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("muted")
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 4, 0, 0)
        label.setWordWrap(True)
        self._layout.addWidget(label)
        self._subheadings.append(label)
        return label

    def use_font(self, font: QFont) -> None:
        """`font` on the card and everything in it (the report's smaller type), subheadings bold.

        Set on every widget: a label may have a font of its class (from the platform) that the
        card's font does not reach.
        """
        for widget in (self, *self.findChildren(QWidget)):
            widget.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        for label in self._subheadings:
            label.setFont(bold)

    def _trend(self) -> TrendChart:
        chart = TrendChart(theme=self._theme, parent=self)
        if self.compact:
            chart.set_lines(6)
        self._layout.addWidget(chart)
        return chart

    def _bars(self) -> BarList:
        bars = BarList(theme=self._theme, parent=self)
        self._layout.addWidget(bars)
        return bars

    def _limit(self, rows: Sequence[object], full: int = 8) -> int:
        return min(len(rows), 5 if self.compact else full)

    def set_theme(self, theme: Theme) -> None:
        """The next `show_dashboard` paints in `theme` (the page refills every card after this)."""
        self._theme = theme
        for child in self.findChildren(QWidget):
            if isinstance(child, TrendChart | BarList | CoverageTable):
                child.set_theme(theme)
        self._style_figure()

    def show_dashboard(self, board: Dashboard) -> None:
        raise NotImplementedError


class FreshnessCard(DashboardCard):
    def __init__(self, *, theme: Theme, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(theme=theme, compact=compact, parent=parent)
        self.trend = self._trend()

    def show_dashboard(self, board: Dashboard) -> None:
        f = board.freshness
        self.title.setText(translate("Dashboard", "FRESHNESS"))
        self.figure.setText(fmt.percent(f.share_past_review))
        share = f.share_past_review or 0
        t = self._theme
        self._style_figure(
            t.danger if share > 0.5 else t.warning if share > 0.2 else t.success if f.published else None
        )
        if not f.published:
            self.caption.setText(
                translate(
                    "Dashboard",
                    "Nothing is published yet. Freshness is the share of published items past their "
                    "review-by date.",
                )
            )
        else:
            self.caption.setText(
                translate("Dashboard", "%1 of %2 published items are past their review-by date.")
                .replace("%1", fmt.number(f.past_review))
                .replace("%2", fmt.number(f.published))
            )
        self.trend.setVisible(f.published > 0)  # else the caption says it all
        self.trend.set_series(
            _points(f.weekly),
            kind=PERCENT,
            unit=translate("Dashboard", "past review-by, end of each week"),
            note=translate("Dashboard", "No published items in these weeks."),
            color="warning",
        )


class CoverageCard(DashboardCard):
    def __init__(self, *, theme: Theme, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(theme=theme, compact=compact, parent=parent)
        self.table = CoverageTable(theme=theme, parent=self)
        self._layout.addWidget(self.table)
        self.share_trend = self._trend()
        self.searches_trend = None if compact else self._trend()  # the report: one chart a card

    def show_dashboard(self, board: Dashboard) -> None:
        rows = board.coverage
        covered = sum(1 for c in rows if c.battlecard)
        self.title.setText(translate("Dashboard", "COVERAGE BY COMPETITOR"))
        self.figure.setText(f"{fmt.number(covered)} / {fmt.number(len(rows))}" if rows else "—")
        t = self._theme
        self._style_figure((t.success if covered == len(rows) else t.warning) if rows else None)
        if rows:
            self.caption.setText(translate("Dashboard", "competitors with a published battle card"))
        else:
            self.caption.setText(
                translate(
                    "Dashboard", "No competitor is named in the library yet: items tagged with one show here."
                )
            )
        shown = sorted(rows, key=lambda c: (c.battlecard, -(c.newest_age_days or 0)))
        if self.compact:
            shown = shown[:8]
        self.table.setVisible(bool(rows))
        self.table.set_rows(
            [
                CoverageRow(
                    c.competitor, c.battlecard, c.newest_age_days, c.searches, c.usage, c.usage_withheld
                )
                for c in shown
            ],
            headers=(
                translate("Dashboard", "Competitor"),
                translate("Dashboard", "Age"),
                translate("Dashboard", "Found"),
                translate("Dashboard", "Used"),
            ),
            note=translate("Dashboard", "No competitors yet."),
            legend=translate("Dashboard", "✓ a published battle card · ✗ none"),
            footnote=translate("Dashboard", "hidden: fewer than %1 people").replace(
                "%1", str(board.min_group)
            ),
            withheld_note=fmt.withheld_why(),
        )
        trend = board.coverage_trend
        self.share_trend.setVisible(bool(rows))  # no competitor at all: the caption says it once
        self.share_trend.set_series(
            _points(trend.weekly_share_with_battlecard),
            kind=PERCENT,
            unit=translate("Dashboard", "competitors with a battle card, end of each week"),
            note=translate("Dashboard", "No competitor was named in these weeks."),
            color="success",
        )
        if self.searches_trend is not None:
            self.searches_trend.setVisible(bool(rows))
            self.searches_trend.set_series(
                _points(trend.weekly_searches),
                kind=COUNT,
                unit=translate("Dashboard", "searches naming a competitor, per week"),
                note=_hidden_or_empty(
                    board,
                    translate(
                        "Dashboard", "Searches are counted once at least %1 people have searched."
                    ).replace("%1", str(board.min_group)),
                ),
            )


class ResponseCard(DashboardCard):
    def __init__(self, *, theme: Theme, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(theme=theme, compact=compact, parent=parent)
        self.share_trend = self._trend()
        self.hours_trend = self._trend()

    def show_dashboard(self, board: Dashboard) -> None:
        r = board.response
        self.title.setText(translate("Dashboard", "RESPONSE TO SALES"))
        self.figure.setText(fmt.hours(r.median_hours))
        self._style_figure()
        if r.reports is None:
            self.caption.setText(
                _hidden_or_empty(
                    board,
                    translate(
                        "Dashboard",
                        "How fast marketing answers field intel and feedback shows once at least %1 people "
                        "have sent reports in these weeks.",
                    ).replace("%1", str(board.min_group)),
                )
            )
        else:
            self.caption.setText(
                translate("Dashboard", "median time to an answer · %1 answered (%2 of %3 reports)")
                .replace("%1", fmt.percent(r.share_answered))
                .replace("%2", fmt.number(r.answered))
                .replace("%3", fmt.number(r.reports))
            )
        # Withheld as a whole: the caption says why, and two empty charts would only repeat it.
        for chart in (self.share_trend, self.hours_trend):
            chart.setVisible(r.reports is not None)
        hidden_weeks = _hidden_or_empty(board, "")
        self.share_trend.set_series(
            _points(r.weekly_share_answered),
            kind=PERCENT,
            unit=translate("Dashboard", "reports answered, per week"),
            note=hidden_weeks,
            color="success",
        )
        self.hours_trend.set_series(
            _points(r.weekly_median_hours),
            kind=HOURS,
            unit=translate("Dashboard", "median time to an answer, per week"),
            note=hidden_weeks,
        )


class VoiceCard(DashboardCard):
    def __init__(self, *, theme: Theme, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(theme=theme, compact=compact, parent=parent)
        self.turnout_heading = self._subheading()
        self.turnout = self._bars()
        self.turnout_trend = self._trend()
        self.majority_trend = None if compact else self._trend()  # the report: one chart a card
        self.against_heading = self._subheading()
        self.against = QLabel(self)
        self.against.setWordWrap(True)
        self.against.setTextFormat(Qt.TextFormat.RichText)
        self._layout.addWidget(self.against)

    def show_dashboard(self, board: Dashboard) -> None:
        v = board.voice
        t = self._theme
        self.title.setText(translate("Dashboard", "VOICE OF SALES"))
        self.figure.setText(fmt.percent(v.share_with_majority))
        self._style_figure()
        if v.decisions:
            self.caption.setText(
                translate("Dashboard", "%1 of %2 decisions went with the majority of votes.")
                .replace("%1", fmt.number(v.with_majority))
                .replace("%2", fmt.number(v.decisions))
            )
        else:
            self.caption.setText(
                translate("Dashboard", "No decision with a clear majority of votes in these weeks.")
                if v.turnout
                else translate("Dashboard", "No ballot closed in these weeks.")
            )
        self.turnout_heading.setText(translate("Dashboard", "Ballot turnout per team"))
        no_team = translate("Dashboard", "(no team)")
        bars = [
            Bar(
                label=team.team or no_team,
                value=team.turnout,
                text=f"{fmt.percent(team.turnout)} · {fmt.number(team.votes)}/{fmt.number(team.eligible)}",
            )
            for team in v.turnout
        ]
        self.turnout.set_bars(
            bars[: self._limit(bars)],
            note=translate("Dashboard", "No ballot closed in these weeks."),
            maximum=1.0,
        )
        any_ballot = bool(v.turnout) or bool(v.decisions)
        self.turnout_trend.set_series(
            _points(v.weekly_turnout),
            kind=PERCENT,
            unit=translate("Dashboard", "turnout of the sellers asked, per week"),
            note=translate(
                "Dashboard", "Turnout per week shows for weeks whose ballots asked at least %1 sellers."
            ).replace("%1", str(board.min_group)),
        )
        charts: list[QWidget] = [self.turnout_trend]
        if self.majority_trend is not None:
            self.majority_trend.set_series(
                _points(v.weekly_share_with_majority),
                kind=PERCENT,
                unit=translate("Dashboard", "decisions with the majority, per week"),
                note=translate("Dashboard", "No decision with a clear majority of votes in these weeks."),
                color="success",
            )
            charts.append(self.majority_trend)
        for widget in (self.turnout_heading, self.turnout, *charts, self.against_heading, self.against):
            widget.setVisible(any_ballot)  # with no ballot at all the caption says it once
        self.against_heading.setText(translate("Dashboard", "Decided against the majority"))
        if not v.against_majority:
            self.against.setText(translate("Dashboard", "None in these weeks."))
            self.against.setStyleSheet(f"QLabel {{ color: {t.text_muted}; }}")
            return
        lines = []
        for a in v.against_majority[: self._limit(v.against_majority, 5)]:
            side = (
                translate("Dashboard", "most votes were for")
                if a.majority == "for"
                else translate("Dashboard", "most votes were against")
            )
            head = f"<b>{_escape(a.title)}</b>: {_escape(fmt.outcome_label(a.outcome))} ({side})"
            if a.missing_rationale:
                missing = translate("Dashboard", "no rationale given")
                why = f"<span style='color:{t.danger}'>{missing}</span>"
            else:
                why = f"<span style='color:{t.text_muted}'>{_escape(a.rationale)}</span>"
            lines.append(f"{head}<br>{why}")
        self.against.setStyleSheet(f"QLabel {{ color: {t.text}; }}")
        self.against.setText("<br>".join(lines))


class DemandCard(DashboardCard):
    def __init__(self, *, theme: Theme, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(theme=theme, compact=compact, parent=parent)
        self.searches_heading = self._subheading()
        self.searches = self._bars()
        self.gaps_heading = self._subheading()
        self.gaps = self._bars()
        self.trend = self._trend()

    def show_dashboard(self, board: Dashboard) -> None:
        d = board.demand
        self.title.setText(translate("Dashboard", "DEMAND"))
        weekly = [w.value for w in d.weekly_searches if w.value is not None]
        zero = [w.value for w in d.weekly_zero_hits if w.value is not None]
        self.figure.setText(fmt.number(sum(weekly)) if weekly else "—")
        self._style_figure()
        explanation = translate(
            "Dashboard", "Searches are counted once at least %1 people have searched."
        ).replace("%1", str(board.min_group))
        if weekly:
            self.caption.setText(
                translate("Dashboard", "searches in these weeks; %1 found nothing.").replace(
                    "%1", fmt.number(sum(zero))
                )
            )
        else:
            self.caption.setText(_hidden_or_empty(board, explanation))
        self.searches_heading.setText(translate("Dashboard", "Top searches"))
        top = d.top_searches[: self._limit(d.top_searches)]
        self.searches.set_bars(
            [Bar(s.example, s.searches, f"{fmt.number(s.searches)} · {_people(s.people)}") for s in top],
            note=_hidden_or_empty(board, "") if not weekly else translate("Dashboard", "No searches yet."),
        )
        self.gaps_heading.setText(translate("Dashboard", "Top gaps: found nothing, or nothing opened"))
        gaps = d.top_gaps[: self._limit(d.top_gaps)]
        self.gaps.set_bars(
            [Bar(g.example, g.people, _people(g.people), "danger") for g in gaps],
            note=translate(
                "Dashboard",
                "No open gaps: a gap shows once %1 or more people searched for it in vain, "
                "at least %2% of everyone who searched it.",
            )
            .replace("%1", str(GAP_MIN_UNSERVED))
            .replace("%2", str(GAP_UNSERVED_PERCENT))
            if weekly
            else _hidden_or_empty(board, ""),
        )
        # Searches withheld (or none): the caption says why once; empty boxes would repeat it.
        for widget in (self.searches_heading, self.searches, self.gaps_heading, self.gaps, self.trend):
            widget.setVisible(bool(weekly))
        self.trend.set_series(
            _points(d.weekly_searches),
            kind=COUNT,
            unit=translate("Dashboard", "searches per week"),
            note=_hidden_or_empty(board, explanation),
        )


class UsageCard(DashboardCard):
    def __init__(self, *, theme: Theme, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(theme=theme, compact=compact, parent=parent)
        self.items_heading = self._subheading()
        self.items = self._bars()
        self.teams_heading = self._subheading()
        self.teams = self._bars()
        self.competitors_heading = None if compact else self._subheading()
        self.competitors = None if compact else self._bars()
        # The published items no search showed: a count in the caption; titles on the full card.
        self.never_found_heading = None if compact else self._subheading()
        self.never_found = None if compact else self._list_label()

    def _list_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(label)
        return label

    def show_dashboard(self, board: Dashboard) -> None:
        u = board.usage
        self.title.setText(translate("Dashboard", "USAGE"))
        self.figure.setText(fmt.number(u.events) if u.events is not None else "—")
        self.figure.setToolTip(fmt.withheld_why() if u.withheld and u.events is None else "")
        self._style_figure()
        explanation = translate(
            "Dashboard",
            "Usage is private: it is counted only over groups of %1 or more people, so nobody's own "
            "activity shows.",
        ).replace("%1", str(board.min_group))
        if u.never_used is None:  # under 3 people (events alone may be withheld for a larger group)
            self.caption.setText(_hidden_or_empty(board, explanation))
        else:
            people = fmt.at_least_group() if u.people is None else fmt.number(u.people)
            if u.withheld and u.events is None:  # "—" above: 3 or more people, not "fewer than 3"
                caption = translate(
                    "Dashboard",
                    "The total is withheld so a smaller group can't be worked out; "
                    "%1 people previewed, opened, copied or linked items.",
                )
            else:
                caption = translate("Dashboard", "previews, opens, copies and links by %1 people.")
            caption = caption.replace("%1", people)
            if u.never_used:
                caption += " " + translate(
                    "Dashboard", "%n published item(s) not used in these weeks.", "", len(u.never_used)
                )
            if u.never_found:
                caption += " " + translate(
                    "Dashboard", "%n published item(s) no search showed.", "", len(u.never_found)
                )
            self.caption.setText(caption)
        self._show_never_found(board)
        note = (
            _hidden_or_empty(board, "")
            if u.never_used is None
            else translate("Dashboard", "Nothing here yet.")
        )
        self.items_heading.setText(translate("Dashboard", "Most used items"))
        self.items.set_bars(self._usage_bars(u.items), note=note)
        self.teams_heading.setText(translate("Dashboard", "Teams"))
        self.teams.set_bars(self._usage_bars(u.teams, translate("Dashboard", "(no team)")), note=note)
        sections = [(self.items_heading, self.items), (self.teams_heading, self.teams)]
        if self.competitors is not None and self.competitors_heading is not None:
            self.competitors_heading.setText(translate("Dashboard", "Competitors"))
            self.competitors.set_bars(self._usage_bars(u.competitors), note=note)
            sections.append((self.competitors_heading, self.competitors))
        for heading, bars in sections:  # a team of two shows as "hidden"; no rows at all shows nothing
            shown = u.never_used is not None or bool(bars.bars())
            heading.setVisible(shown)
            bars.setVisible(shown)

    def _show_never_found(self, board: Dashboard) -> None:
        """The titles of the published items no search showed (the first few), or why there are none."""
        if self.never_found is None or self.never_found_heading is None:
            return
        u, limit = board.usage, 8
        self.never_found_heading.setText(translate("Dashboard", "Never found by a search"))
        if u.never_found is None:
            text = translate("Dashboard", "Hidden: fewer than %1 people searched in these weeks.").replace(
                "%1", str(board.min_group)
            )
        elif not u.never_found:
            text = translate("Dashboard", "Every published item was shown by a search in these weeks.")
        else:
            lines = [f"• {u.titles.get(i) or f'#{i}'}" for i in u.never_found[:limit]]
            if len(u.never_found) > limit:
                lines.append(translate("Dashboard", "… and %n more", "", len(u.never_found) - limit))
            text = "\n".join(lines)
        self.never_found.setText(text)
        shown = board.freshness.published > 0  # an empty library has nothing to find
        self.never_found_heading.setVisible(shown)
        self.never_found.setVisible(shown)

    def _usage_bars(self, rows: list[UsageCount], blank: str = "") -> list[Bar]:
        ranked = sorted(rows, key=lambda r: -(r.events or 0))
        return [Bar(r.name or blank, r.events, withheld=r.withheld) for r in ranked[: self._limit(ranked)]]


CARD_TYPES: tuple[type[DashboardCard], ...] = (
    FreshnessCard,
    CoverageCard,
    ResponseCard,
    VoiceCard,
    DemandCard,
    UsageCard,
)


def _people(count: int) -> str:
    return translate("Dashboard", "%n people", "", count)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
