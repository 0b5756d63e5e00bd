"""Ten weeks of a team's life with the demo library: searches, usage, field intel, feedback, triage.

Why: a first launch that opens on an empty inbox and a dashboard of dashes teaches nothing. The
demo library therefore comes with a history (`resources/demo/history.yaml` says who the people are
and what they search, report and answer): fourteen people in four sales teams and marketing, and
the single user of the library, whose own history is small (a few searches, three reports with
answers, one of them not yet read).

The rows are the rows the services would have written: the search log's `query_key` comes from
the search service's own normaliser applied to what the real search searched (its correction
included), a search's hit count is what the demo index really finds, usage events name units that
search really returned, feedback names real units, reports carry the author's team, every triage
step has its `report_events` line and every answer its notification. They are generated with a
seeded random generator relative to `now`, so the same `now` gives the same history, and written
in one transaction with one multi-row insert per table (a first launch stays quick).

What the history is about (people, searches, the catalog of items) is read in
enablement.services.demo_history_plan; moving the services' just-made rows (ballots, imports, items'
changes) into the history's weeks is enablement.services.demo_history_dates; this module draws and
writes the rows.
"""

from __future__ import annotations

import functools
import random
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.services.demo_history_dates import age_items, backdate_ballots, backdate_imports
from enablement.services.demo_history_plan import (
    DEMO_WEEKS,
    SEED,
    USER_TEAM,
    Catalog,
    DemoQuery,
    answered_before,
    catalog_of,
    demo_people,
    demo_query,
    history_spec,
    profiles,
    published_last,
)
from enablement.store import schema

if TYPE_CHECKING:
    from enablement.search.service import SearchService
    from enablement.store.library import Library

__all__ = ["DEMO_WEEKS", "USER_TEAM", "add_demo_history", "demo_people"]

_SIZE_BANDS = ("lt1m", "1-5m", "5-20m", "gt20m")
_ACTIONS = ("preview", "open", "copy", "link")
_ACTION_WEIGHTS = (0.55, 0.25, 0.12, 0.08)


class _Rows:
    """The rows being built, with the ids the database will give them (the tables start empty)."""

    def __init__(self, conn: sa.Connection) -> None:
        self.tables: dict[sa.Table, list[dict[str, Any]]] = {}
        self._next: dict[str, int] = {}
        for table in (schema.search_log, schema.reports):
            top = conn.execute(sa.select(sa.func.max(table.c.id))).scalar()
            self._next[table.name] = int(top or 0) + 1
        # Feedback and usage name the version on show (0017): the items' current ones.
        items = schema.items
        self._versions = {
            r.id: r.current_version for r in conn.execute(sa.select(items.c.id, items.c.current_version))
        }

    def add(self, table: sa.Table, **values: Any) -> int:
        if table.name in ("reports", "usage_events"):  # every row the same keys (executemany)
            item_id = values.get("item_id")
            values.setdefault("item_version", self._versions.get(int(item_id)) if item_id else None)
        rows = self.tables.setdefault(table, [])
        if table.name in self._next:
            values["id"] = self._next[table.name]
            self._next[table.name] += 1
        rows.append(values)
        return int(values.get("id") or 0)


def add_demo_history(
    library: Library, search: SearchService, *, user: str, now: datetime | None = None, seed: int = SEED
) -> dict[str, int]:
    """Write the demo history into a library holding the demo files and ballots; returns row counts.

    Args:
        library: the library (its demo items imported and indexed, its ballots created).
        search: the search service of the library: the hit counts and usage come from it.
        user: the library's single user (`Services.user`): gets a profile and a small history.
        now: the end of the history (its newest rows are a little before it); default: now.
        seed: the random generator's seed; the same seed and `now` give the same rows.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    rng = random.Random(seed)
    spec = history_spec()
    queries = [demo_query(search, str(q), float(w), float(o)) for q, w, o in spec["searches"]]
    activity = {str(n): float(a) for n, _, _, a in spec["people"]}
    with library.transaction() as conn:
        people = profiles(conn, user, now)
        team = {name: t for name, (_, _, t) in people.items()}
        sellers = [n for n, (_, role, _) in people.items() if role == "sales"]
        marketers = [n for n, (_, role, _) in people.items() if role == "marketing"]
        late = published_last(conn, spec)
        catalog = catalog_of(conn, late)
        queries = [answered_before(q, late) for q in queries]
        rows = _Rows(conn)
        start = now - timedelta(weeks=DEMO_WEEKS)
        for name, per_day in [*activity.items(), (user, 0.25)]:
            _searches(rows, rng, name, team.get(name, ""), per_day, queries, catalog, start, now)
        for _ in range(70):
            _intel(rows, rng, spec, rng.choice(sellers), team, catalog, start, now)
        for _ in range(55):
            _feedback(rows, rng, spec, rng.choice(sellers), team, catalog, start, now)
        fates = _own_reports(rows, spec, user, team.get(user, ""), catalog, now)
        for report in list(rows.tables.get(schema.reports, [])):
            _triage(rows, rng, spec, report, marketers, people, catalog, now, state=fates.get(report["id"]))
        _unread_but_one(rows, people[user][0], now)
        _gap_decisions(rows, spec, queries, marketers, catalog, now)
        for table, values in rows.tables.items():
            conn.execute(sa.insert(table), _uniform(table, values))
        backdate_ballots(conn, now)
        backdate_imports(conn, start - timedelta(weeks=1))
        age_items(conn, now)
        if conn.dialect.name == "postgresql":
            for table in (schema.search_log, schema.reports):
                name = table.name  # ids were given here: the sequence moves past them
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))"
                )
    return {table.name: len(values) for table, values in rows.tables.items()}


def _working_moment(rng: random.Random, start: datetime, now: datetime) -> datetime:
    """A moment in working hours (Moscow, UTC+3) on a weekday after `start`'s day and before `now`'s.

    Always three draws whatever the time of day: two builds on the same day draw the same
    history (the rows' days are counted from `now`'s date, not from its hour and minute).
    """
    day = rng.choice(_weekdays(start.date(), now.date()))
    hour, minute = rng.choice((6, 7, 8, 9, 10, 11, 12, 13, 14, 15)), rng.randrange(60)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@functools.cache
def _weekdays(first: date, last: date) -> tuple[date, ...]:
    """The weekdays strictly between `first` and `last`."""
    days = (first + timedelta(days=n) for n in range(1, (last - first).days))
    return tuple(d for d in days if d.weekday() < 5)


def _searches(
    rows: _Rows,
    rng: random.Random,
    name: str,
    team: str,
    per_day: float,
    queries: list[DemoQuery],
    catalog: Catalog,
    start: datetime,
    now: datetime,
) -> None:
    """A person's searches over the history, and what they did with the results."""
    weights = [q.weight * rng.uniform(0.3, 1.7) for q in queries]  # everyone has their own interests
    count = int(per_day * 5 * DEMO_WEEKS * rng.uniform(0.8, 1.2))
    for _ in range(count):
        q = rng.choices(queries, weights)[0]
        at = _working_moment(rng, start, now)
        search_id = rows.add(
            schema.search_log,
            at=at,
            user=name,
            query=q.text,
            filters={},
            hits=q.hits,
            took_ms=round(rng.uniform(8, 90), 1),
            correction=q.correction,
            correction_type=q.correction_type,
            query_key=q.key,
            found_items=q.found,
        )
        if q.hits and q.results and rng.random() < q.opens:
            for step in range(rng.choice((1, 1, 2, 3))):
                item_id, unit_kind, number = rng.choice(q.results)
                action = "preview" if step == 0 else rng.choices(_ACTIONS, _ACTION_WEIGHTS)[0]
                _usage(rows, name, team, action, item_id, unit_kind, number, search_id, at, step)
    for _ in range(count // 6):  # browsing: opened from the library, not from a search
        item_id, unit_kind, number, _ = rng.choice(catalog.units)
        action = rng.choices(_ACTIONS, _ACTION_WEIGHTS)[0]
        _usage(
            rows, name, team, action, item_id, unit_kind, number, None, _working_moment(rng, start, now), 0
        )


def _usage(
    rows: _Rows,
    name: str,
    team: str,
    action: str,
    item_id: int,
    unit_kind: str,
    number: int,
    search_id: int | None,
    at: datetime,
    step: int,
) -> None:
    rows.add(
        schema.usage_events,
        at=at + timedelta(seconds=20 + 40 * step),
        person=name,
        team=team,
        action=action,
        item_id=item_id,
        unit_kind=unit_kind,
        unit_number=number,
        search_id=search_id,
    )


def _report(rows: _Rows, author: str, team: str, at: datetime, **values: Any) -> int:
    report_id = rows.add(
        schema.reports, at=at, author=author, team=team, state="new", updated_at=at, **values
    )
    rows.add(
        schema.report_events,
        report_id=report_id,
        at=at,
        actor=author,
        action="create",
        old_value=None,
        new_value=f"{values['type']}:{values['kind']}",
    )
    return report_id


def _intel(
    rows: _Rows,
    rng: random.Random,
    spec: dict[str, Any],
    author: str,
    team: dict[str, str],
    catalog: Catalog,
    start: datetime,
    now: datetime,
) -> None:
    kind = rng.choices(list(spec["intel"]), weights=(4, 3, 4, 2, 3, 3))[0]
    competitor = rng.choice(catalog.competitors) if catalog.competitors else ""
    product = rng.choice(catalog.products) if catalog.products else ""
    text = rng.choice(spec["intel"][kind]).format(
        competitor=competitor,
        product=product,
        percent=rng.choice((7, 10, 12, 15, 18, 20, 25)),
        price=f"{rng.randrange(90, 900) * 1000:,}".replace(",", " "),
    )
    deal = kind in ("deal_won", "deal_lost")
    _report(
        rows,
        author,
        team.get(author, ""),
        _working_moment(rng, start, now),
        type="intel",
        kind=kind,
        competitor=competitor,
        product=product if "{product}" in text or deal or rng.random() < 0.5 else "",
        outcome={"deal_won": "won", "deal_lost": "lost"}.get(kind),
        size_band=rng.choice(_SIZE_BANDS) if deal else None,
        text=text,
    )


def _feedback(
    rows: _Rows,
    rng: random.Random,
    spec: dict[str, Any],
    author: str,
    team: dict[str, str],
    catalog: Catalog,
    start: datetime,
    now: datetime,
) -> None:
    verdict = rng.choices(list(spec["feedback"]), weights=(5, 2, 2, 2))[0]
    item_id, unit_kind, number, title = rng.choice(catalog.units)
    _report(
        rows,
        author,
        team.get(author, ""),
        _working_moment(rng, start, now),
        type="feedback",
        kind=verdict,
        text=rng.choice(spec["feedback"][verdict]),
        item_id=item_id,
        item_title=title,
        unit_kind=unit_kind,
        unit_number=number,
    )


def _own_reports(
    rows: _Rows,
    spec: dict[str, Any],
    user: str,
    team: str,
    catalog: Catalog,
    now: datetime,
) -> dict[int, str]:
    """The user's own: two reports answered weeks ago and one answered yesterday (not yet read).
    Returns their ids and the fate each meets."""
    item_id, unit_kind, number, title = catalog.units[min(3, len(catalog.units) - 1)]
    competitor = catalog.competitors[0] if catalog.competitors else ""
    mine = [
        (now - timedelta(days=30), {"type": "intel", "kind": "request", "competitor": competitor,
                                   "text": spec["intel"]["request"][0].format(competitor=competitor)}),
        (now - timedelta(days=16), {"type": "feedback", "kind": "outdated", "item_id": item_id,
                                   "item_title": title, "unit_kind": unit_kind, "unit_number": number,
                                   "text": spec["feedback"]["outdated"][0]}),
        (now - timedelta(days=2), {"type": "intel", "kind": "objection", "competitor": competitor,
                                  "text": spec["intel"]["objection"][1].format(competitor=competitor,
                                                                               product="NW-500")}),
    ]  # fmt: skip
    return {
        _report(rows, user, team, at, **values): state
        for (at, values), state in zip(mine, ("done", "declined", "accepted"), strict=True)
    }


_THANKED = frozenset({"helped", "deal_won", "deal_lost"})


def _triage(
    rows: _Rows,
    rng: random.Random,
    spec: dict[str, Any],
    report: dict[str, Any],
    marketers: list[str],
    people: dict[str, tuple[int, str, str]],
    catalog: Catalog,
    now: datetime,
    *,
    state: str | None = None,
) -> None:
    """Marketing's work on one report: the older it is, the likelier it was answered.

    `state`: the fate to give it (the user's own reports); otherwise a random one, or none yet."""
    age_days = (now - report["at"]).total_seconds() / 86400
    if state is None and (age_days < 2 or rng.random() < 0.12 + 0.5 / (1 + age_days)):
        return  # still new
    owner = rng.choice(marketers)
    hours = min(rng.lognormvariate(3.0, 0.9), age_days * 24 * 0.8)  # median about 20 hours
    answered = report["at"] + timedelta(hours=max(hours, 0.5))
    assigned = report["at"] + timedelta(hours=max(hours, 0.5) * 0.4)
    drawn = rng.choices(["accepted", "planned", "done", "declined"], weights=(2, 2, 5, 1.5))[0]
    text = rng.choice(_answers(spec, state or drawn, report["kind"]))
    if state is None and report["kind"] in _THANKED:
        # A win, a loss or "helped me win" is not declined nor planned: marketing thanks and files it.
        thanks = spec["answers"]["thanks"][report["kind"]]
        drawn, text = "done", thanks[len(report["text"]) % len(thanks)]
    state = state or drawn
    _event(rows, report, assigned, owner, "assign", None, owner)
    _event(rows, report, answered, owner, "state", "new", state)
    _event(rows, report, answered, owner, "answer", None, text)
    report.update(
        owner=owner, state=state, answer=text, answered_at=answered, answered_by=owner, updated_at=answered
    )
    if state == "done" and rng.random() < 0.7:
        target = _led_to(rng, report, catalog)
        if target is not None:
            report.update(led_to_kind=target[0], led_to_id=target[1])
            _event(rows, report, answered, owner, "link", None, f"{target[0]}:{target[1]}")
    person = people.get(report["author"])
    if person is not None:
        subject = report.get("item_title") or report["text"]
        news = Message(
            QT_TRANSLATE_NOOP("Messages", "{who} answered your report {report} ({subject}): {answer}"),
            {"who": owner, "report": report["id"], "subject": _clip(subject, 60), "answer": _clip(text, 300)},
        )
        read = answered + timedelta(hours=rng.uniform(1, 30))
        rows.add(
            schema.notifications,
            person_id=person[0],
            ballot_id=None,
            kind="report",
            message=str(news),
            message_data=news.to_json(),
            at=answered,
            read_at=read if read < now else None,
        )


def answers_for(spec: dict[str, Any], state: str, kind: str) -> list[str]:
    """The answers marketing may give in `state` to a report of `kind` (a thanked kind: its thanks)."""
    if kind in _THANKED:
        return list(spec["answers"]["thanks"][kind])
    return list(spec["answers"][state][kind])


def _answers(spec: dict[str, Any], state: str, kind: str) -> list[str]:
    """The list drawn from. A thanked kind draws too (any kind's list: they are all as long),
    then is thanked instead: the seeded draws stay those of the demo before answers had kinds."""
    by_kind: dict[str, list[str]] = spec["answers"][state]
    return by_kind.get(kind) or next(iter(by_kind.values()))


def _led_to(rng: random.Random, report: dict[str, Any], catalog: Catalog) -> tuple[str, int] | None:
    if report.get("item_id"):
        return ("item", int(report["item_id"]))
    card = catalog.battlecards.get(report.get("competitor") or "")
    if card is not None:
        return ("item", card)
    return ("ballot", rng.choice(catalog.ballots)) if catalog.ballots else None


def _event(
    rows: _Rows,
    report: dict[str, Any],
    at: datetime,
    actor: str,
    action: str,
    old: str | None,
    new: str | None,
) -> None:
    rows.add(
        schema.report_events,
        report_id=report["id"],
        at=at,
        actor=actor,
        action=action,
        old_value=old,
        new_value=new,
    )


def _unread_but_one(rows: _Rows, user_id: int, now: datetime) -> None:
    """The user has read every answer but the newest, which arrived a few hours ago."""
    own = [n for n in rows.tables.get(schema.notifications, []) if n["person_id"] == user_id]
    for n in own:
        n["read_at"] = n["at"] + timedelta(hours=3)
    if own:
        newest = max(own, key=lambda n: n["at"])
        newest["read_at"] = None


def _gap_decisions(
    rows: _Rows,
    spec: dict[str, Any],
    queries: list[DemoQuery],
    marketers: list[str],
    catalog: Catalog,
    now: datetime,
) -> None:
    """Marketing's decisions on three of the gaps, keyed as the searches were logged."""
    keys = {q.text: q.key for q in queries}
    for n, (text, state, note, *about) in enumerate(spec["gap_decisions"]):
        key = keys.get(text)
        cards = catalog.battlecards
        item_id = cards.get(about[0], next(iter(cards.values()), None)) if about else None
        if key is None or (state == "answered" and item_id is None):
            continue
        rows.add(
            schema.gap_decisions,
            query_key=key,
            state=state,
            item_id=item_id,
            note=note,
            decided_by=marketers[n % len(marketers)],
            decided_at=now - timedelta(days=3 + 5 * n),
        )


def _uniform(table: sa.Table, values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every row with the same keys (one multi-row insert): a missing column gets its default."""
    keys = {k for row in values for k in row}
    defaults = {
        c.name: getattr(c.default, "arg", None) if c.default is not None and c.default.is_scalar else None
        for c in table.columns
        if c.name in keys
    }
    return [{**defaults, **row} for row in values]


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
