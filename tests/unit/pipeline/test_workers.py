"""The extraction pool survives files that hang, crash, bomb or raise, and goes on."""

from __future__ import annotations

import time
from pathlib import Path

from enablement.ingest.workers import ExtractionPool


def test_pool_rejects_misbehaving_files_and_finishes_the_rest(tmp_path: Path) -> None:
    names = ["hang.txt", "crash.txt", "bomb.txt", "bad.txt", "oops.txt", "ok1.txt", "ok2.txt", "ok3.txt"]
    for name in names:
        (tmp_path / name).write_text(f"text of {name}", encoding="utf-8")
    pool = ExtractionPool(
        2, timeout_s=3, memory_limit=512 * 1024**2, target="tests.helpers.misbehaving:extract"
    )
    with pool:
        outcomes = {o.path.name: o for o in pool.run([tmp_path / n for n in names])}
    assert set(outcomes) == set(names)
    assert "longer than 3 s" in str(outcomes["hang.txt"].reason)
    assert "crashed" in str(outcomes["crash.txt"].reason)
    assert "memory" in str(outcomes["bomb.txt"].reason)
    assert str(outcomes["bad.txt"].reason) == "corrupt or truncated: test"
    assert "ValueError: parser bug" in str(outcomes["oops.txt"].reason)
    for name in ("ok1.txt", "ok2.txt", "ok3.txt"):
        doc = outcomes[name].doc
        assert doc is not None and doc.units[0].text == f"text of {name}"


def test_pool_stops_when_asked(tmp_path: Path) -> None:
    paths = []
    for i in range(6):
        p = tmp_path / f"ok{i}.txt"
        p.write_text("x", encoding="utf-8")
        paths.append(p)
    with ExtractionPool(1, target="tests.helpers.misbehaving:extract") as pool:
        seen = []
        for outcome in pool.run(paths, should_stop=lambda: len(seen) >= 2):
            seen.append(outcome)
    assert len(seen) == 2


def test_a_file_done_while_the_consumer_was_busy_is_not_taken_for_a_hang(tmp_path: Path) -> None:
    # The importer consumes outcomes on its own thread and commits batches between them; on a
    # loaded machine a commit can outlast the time limit while another worker has long finished.
    # That file was read in time: its result sits in the pipe and must not be thrown away.
    paths = []
    for i in range(4):
        p = tmp_path / f"ok{i}.txt"
        p.write_text(f"text {i}", encoding="utf-8")
        paths.append(p)
    with ExtractionPool(2, timeout_s=1, target="tests.helpers.misbehaving:extract") as pool:
        outcomes = []
        for outcome in pool.run(paths):
            outcomes.append(outcome)
            time.sleep(1.5)  # the consumer stalls past the limit after every file
    assert sorted(o.path.name for o in outcomes) == [p.name for p in paths]
    assert all(o.doc is not None for o in outcomes), [str(o.reason) for o in outcomes]
