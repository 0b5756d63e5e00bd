"""A library of revision 0017 (query keys that kept a compound's parts) gets today's keys
(migration 0018): its search-log lines re-keyed, the gap decisions following their searches and
merged (the newest wins), and the keyed summaries rebuilt so that three people who typed three
spellings of one name make one content gap. On SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from enablement.insights.gaps import GapService
from enablement.store import Library
from enablement.store.library import make_engine, upgrade_schema

NOW = datetime.now(UTC).replace(microsecond=0)
# (person, query as typed, the key 0017 stored): three spellings of one name, by three people.
LINES = [
    ("anna", "Альфа-Софт", "альф альфасофт софт"),
    ("sam", "АльфаСофт", "альфасофт"),
    ("sue", "альфа софт", "альф софт"),
    ("anna", "Wi-Fi 7", "7 fi wi wifi"),
    ("sam", "wifi 7", "7 wifi"),
    ("nick", "альфа", "альф"),
    ("nick", "wi fi 7", "7 fi wi"),  # joins: "wifi" is a word of another line's key
    ("nick", "софт альфа", "альф софт"),  # not in the order of the name: keeps its key
]


def _library_at_0017(root: Path, db_url: str | None) -> None:
    engine = make_engine(db_url or f"sqlite:///{root / 'library.db'}")
    upgrade_schema(engine, "0017")
    old = sa.MetaData()
    old.reflect(engine)
    log, decisions = old.tables["search_log"], old.tables["gap_decisions"]
    with engine.begin() as conn:
        for n, (who, query, key) in enumerate(LINES):
            conn.execute(
                sa.insert(log).values(
                    at=NOW - timedelta(days=2, minutes=n), user=who, query=query, filters={}, hits=0,
                    took_ms=1.0, query_key=key,
                )
            )  # fmt: skip
        conn.execute(  # a line from before 0007: no key, left alone
            sa.insert(log).values(at=NOW - timedelta(days=3), user="sue", query="Old", filters={}, hits=0,
                                  took_ms=1.0)
        )  # fmt: skip
        for key, state, days in (
            ("альф альфасофт софт", "dismissed", 5),  # older: loses to the next one
            ("альф софт", "card_planned", 1),
            ("7 fi wi wifi", "dismissed", 4),
            ("альф", "answered", 3),
        ):
            conn.execute(
                sa.insert(decisions).values(
                    query_key=key, state=state, note=state, decided_by="mia",
                    decided_at=NOW - timedelta(days=days),
                )
            )  # fmt: skip
    engine.dispose()


def test_upgrade_rekeys_the_log_merges_decisions_and_rebuilds_the_summaries(
    tmp_path: Path, db_url: str | None
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    _library_at_0017(root, db_url)
    library = Library(root, db_url)  # opening it applies 0018
    try:
        with library.reading() as conn:
            keys = dict(conn.execute(sa.text("SELECT query, query_key FROM search_log")).all())
            decided = dict(conn.execute(sa.text("SELECT query_key, state FROM gap_decisions")).all())
            days = conn.execute(
                sa.text('SELECT key, count(DISTINCT "user") FROM search_days GROUP BY key')
            ).all()
            weeks = conn.execute(sa.text("SELECT key, sum(people) FROM search_weeks GROUP BY key")).all()
        # "альфа софт" joins: "альфасофт" is a word of a key the log holds.
        assert keys == {
            "Альфа-Софт": "альфасофт", "АльфаСофт": "альфасофт", "альфа софт": "альфасофт",
            "Wi-Fi 7": "7 wifi", "wifi 7": "7 wifi", "wi fi 7": "7 wifi",
            "альфа": "альф", "софт альфа": "альф софт", "Old": None,
        }  # fmt: skip
        # A decision follows its searches; "альф софт" keeps its own too, as a line still has it.
        assert decided == {
            "альфасофт": "card_planned", "альф софт": "card_planned", "7 wifi": "dismissed",
            "альф": "answered",
        }  # fmt: skip
        assert dict(days)["альфасофт"] == 3 and dict(days)["альф софт"] == 1
        assert dict(weeks)["альфасофт"] >= 3 and "7 fi wi wifi" not in dict(weeks)
        assert dict(days)["old"] == 1  # the unkeyed line still counts under its lower-cased query
        # The three spellings are one gap of three people, and the newest decision holds it.
        gaps = GapService(library)
        assert "альфасофт" not in {g.key for g in gaps.open_gaps(now=NOW)}
        decision = gaps.decision("альфасофт")
        assert decision is not None and decision.state.value == "card_planned"
    finally:
        library.close()
