"""What the demo history is made of, read before a row is written: its people and their profiles,
what they search (answered by the real demo index), and the catalog of items, units, competitors,
products and ballots it is about.

Why apart from the writing (enablement.services.demo_history): this part only reads the library and
`resources/demo/history.yaml`; the rows are drawn from it with the seeded generator there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
import yaml

from enablement.ingest.demo import demo_dir
from enablement.search.results import FOUND_ITEMS, shown_items
from enablement.store import schema

if TYPE_CHECKING:
    from enablement.search.service import SearchService

__all__ = [
    "DEMO_WEEKS",
    "SEED",
    "USER_TEAM",
    "Catalog",
    "DemoQuery",
    "answered_before",
    "catalog_of",
    "demo_people",
    "demo_query",
    "history_spec",
    "profiles",
    "published_last",
]

DEMO_WEEKS = 10
# The library's user may do everything (an admin) and is alone in their team, so the dashboard
# shows one case of the minimum group at work: that team's usage is hidden.
USER_TEAM = "Руководство"
SEED = 20261204


def history_spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((demo_dir() / "history.yaml").read_text(encoding="utf-8"))
    return data


def demo_people() -> list[tuple[str, str, str]]:
    """(name, role, team) of the demo's people, marketing first."""
    return [(str(n), str(r), str(t)) for n, r, t, _ in history_spec()["people"]]


@dataclass(frozen=True, slots=True)
class DemoQuery:
    text: str
    weight: float
    opens: float
    hits: int
    key: str | None
    correction: str | None
    correction_type: str | None
    results: list[tuple[int, str, int]]  # (item id, unit kind, number) of the first hits
    found: list[int] | None  # the distinct items of the first page, as the search log records them


_CANDIDATES = 50  # hits read per demo query; the first six, ties broken by file, are the ones opened


def demo_query(search: SearchService, text: str, weight: float, opens: float) -> DemoQuery:
    """What the demo index finds for `text`, as the search service would log it."""
    # Ask for more than the six kept: equal scores come back in the order the items were numbered
    # (a demo imported by an older version numbered them as its workers finished), so a tie at the
    # sixth place would let the numbering decide which item a run "opens". Ties are broken by file
    # before cutting at six.
    response = search.search(text, limit=_CANDIDATES, log=False)
    correction = response.correction
    ranked = sorted(response.hits, key=lambda h: (-round(h.score, 6), h.source, h.unit, h.number))
    shown = ranked[:6]
    return DemoQuery(
        text=text,
        weight=weight,
        opens=opens,
        hits=response.total,
        key=search.query_key(response.searched_query or response.query),
        correction=correction["query"] if correction else None,
        correction_type=correction["type"] if correction else None,
        results=[  # by file, not by score: equal scores come back in the order the items were numbered
            (h.item, h.unit, h.number)
            for h in sorted(shown, key=lambda h: (h.source, h.unit, h.number))
            if h.unit != "item"
        ],
        found=shown_items(ranked[:FOUND_ITEMS]) or None,  # the first page, ties broken by file
    )


def profiles(conn: sa.Connection, user: str, now: datetime) -> dict[str, tuple[int, str, str]]:
    """Name -> (id, role, team) of everyone with a profile; the demo's people and the user get one."""
    p = schema.people
    known = {r.name for r in conn.execute(sa.select(p.c.name))}
    wanted = [*demo_people(), (user, "admin", USER_TEAM)]
    created = now - timedelta(weeks=DEMO_WEEKS + 1)
    new = [{"name": n, "role": r, "team": t, "created_at": created} for n, r, t in wanted if n not in known]
    if new:
        conn.execute(sa.insert(p), new)
    conn.execute(sa.update(p).values(created_at=created))
    rows = conn.execute(sa.select(p.c.id, p.c.name, p.c.role, p.c.team).order_by(p.c.id))
    return {r.name: (r.id, r.role, r.team) for r in rows}


@dataclass(frozen=True, slots=True)
class Catalog:
    competitors: list[str]
    products: list[str]
    units: list[tuple[int, str, int, str]]  # published items' units: item id, kind, number, item title
    battlecards: dict[str, int]  # competitor -> a published battle card about it
    ballots: list[int]


def published_last(conn: sa.Connection, spec: dict[str, Any]) -> set[int]:
    """The items published at the end of the history (history.yaml `published_last`, by file name):
    drafts until then, so none of its searches showed them and nobody opened them."""
    names = [str(n) for n in spec.get("published_last") or []]
    found = conn.execute(sa.select(schema.items.c.id).where(schema.items.c.source_name.in_(names)))
    return set(found.scalars())


def answered_before(q: DemoQuery, late: set[int]) -> DemoQuery:
    """`q` as it was answered before the `late` items were published (drafts stay out of search)."""
    found = [i for i in q.found or [] if i not in late]
    return replace(q, results=[r for r in q.results if r[0] not in late], found=found or None)


def catalog_of(conn: sa.Connection, late: set[int] | frozenset[int] = frozenset()) -> Catalog:
    """What the history is about, in the order of the files' names (not by id: a demo imported
    by an older version numbered its items as its workers finished); the `late` items' units left
    out."""
    i, u = schema.items, schema.units
    competitors: dict[str, str] = {}
    products: dict[str, str] = {}
    battlecards: dict[str, int] = {}
    for r in conn.execute(
        sa.select(i.c.id, i.c.kind, i.c.status, i.c.competitors, i.c.products).order_by(i.c.source_name)
    ):
        for c in r.competitors or []:
            competitors.setdefault(c.casefold(), c)
            if r.kind == "battlecard" and r.status == "published" and r.id not in late:
                battlecards.setdefault(c, r.id)
        for pr in r.products or []:
            products.setdefault(pr.casefold(), pr)
    units = [
        (r.item_id, r.kind, r.number, r.title)
        for r in conn.execute(
            sa.select(u.c.item_id, u.c.kind, u.c.number, i.c.title)
            .join(i, i.c.id == u.c.item_id)
            .where(i.c.status == "published", u.c.hidden.is_(False), u.c.item_id.not_in(late))
            .order_by(i.c.source_name, u.c.number, u.c.kind)
        )
    ]
    ballots = list(conn.execute(sa.select(schema.ballots.c.id).order_by(schema.ballots.c.id)).scalars())
    return Catalog(sorted(competitors.values()), sorted(products.values()), units, battlecards, ballots)
