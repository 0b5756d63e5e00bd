"""`enablement bench import --vs-recoll`: our first import against Recoll's on the same folder.

Why Recoll: it is the desktop indexer a user would otherwise run over the same folder, written in
C++ over Xapian. It indexes whole files; we index every slide, page, row and note, so the issue
sets the bar at 3x Recoll's time, measured end to end in one run on one machine (the load of a
shared machine moves both).

Each round runs, one after the other, as separate processes so that neither inherits the
other's memory or caches of Python modules:
- ours: `python -m enablement.bench.recoll probe LIB FOLDER`, a fresh library, a first import
  with the index kept in step (what `enablement import` does), then a re-import of the unchanged
  folder; it reports its own figures as JSON (peak RSS of the main process and of the largest
  worker);
- Recoll: `recollindex -c CONF -z` with both stemmers (English and Russian) over the folder.
  Its filters for .pptx/.docx/.xlsx are Python scripts that need lxml and its PDF filter needs
  pdftotext: a Python 3 with lxml is put first on PATH when the default one lacks it, and the
  files Recoll could not index are counted (`--diagsfile`), so a Recoll that skipped files is
  seen as such rather than as fast.
Wall times are of the whole process (start-up included) for both. Rounds alternate ours and
Recoll's; the report gives each round and the medians.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["RecollMissing", "compare", "format_comparison"]

STEMMERS = "english russian"


class RecollMissing(RuntimeError):
    """recollindex is not installed (Debian: apt-get install recollcmd)."""


def _python_with_lxml() -> str | None:
    """A directory holding a python3 that can import lxml, for Recoll's OOXML filters."""
    for candidate in [shutil.which("python3"), "/usr/bin/python3", "/usr/local/bin/python3"]:
        if not candidate or not Path(candidate).exists():
            continue
        done = subprocess.run([candidate, "-c", "import lxml"], capture_output=True, check=False)
        if done.returncode == 0:
            return str(Path(candidate).parent)
    return None


def _wait(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float, str]:
    """Run `cmd`; returns its wall seconds, its CPU seconds (user + system, its whole process tree),
    its peak RSS in MB (largest process of its tree) and stdout."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=err, text=True)
        _pid, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not all children's
        seconds = time.monotonic() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise RuntimeError(f"{Path(cmd[0]).name} failed ({proc.returncode}): {err.read().strip()[-500:]}")
        return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read()


def run_recoll(folder: Path, work: Path) -> dict[str, Any]:
    """One `recollindex -z` over `folder` with both stemmers; wall time and files it failed on."""
    recollindex = shutil.which("recollindex")
    if recollindex is None:
        raise RecollMissing("recollindex not found; install it (Debian: apt-get install recollcmd)")
    conf = work / "recoll"
    shutil.rmtree(conf, ignore_errors=True)
    conf.mkdir(parents=True)
    (conf / "recoll.conf").write_text(
        f"topdirs = {folder}\nindexstemminglanguages = {STEMMERS}\n", encoding="utf-8"
    )
    env = dict(os.environ)
    lxml_dir = _python_with_lxml()
    if lxml_dir:
        env["PATH"] = f"{lxml_dir}{os.pathsep}{env.get('PATH', '')}"
    diags = conf / "diags.txt"
    seconds, cpu, peak, _out = _wait([recollindex, "-c", str(conf), "-z", "--diagsfile", str(diags)], env)
    failed = [line for line in diags.read_text(encoding="utf-8", errors="replace").splitlines() if line]
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_rss_mb": peak, "files_not_indexed": len(failed)}


def run_ours(folder: Path, work: Path, workers: int | None) -> dict[str, Any]:
    """A first import of `folder` into a new library in a child process, then a re-import."""
    lib = work / "lib"
    shutil.rmtree(lib, ignore_errors=True)
    cmd = [sys.executable, "-m", "enablement.bench.recoll", "probe", str(lib), str(folder)]
    if workers:
        cmd.append(str(workers))
    seconds, cpu, _peak, out = _wait(cmd)
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    result["seconds"] = seconds
    result["cpu_seconds"] = cpu  # first import and re-import, all processes
    return result


def compare(folder: Path, *, rounds: int = 3, workers: int | None = None) -> dict[str, Any]:
    """Alternate our import and Recoll's `rounds` times on `folder`; medians and the ratio."""
    folder = folder.resolve()
    work = Path(tempfile.mkdtemp(prefix="enablement-vs-recoll-"))
    try:
        runs: list[dict[str, Any]] = []
        for _ in range(rounds):
            load_before = os.getloadavg()
            ours = run_ours(folder, work, workers)
            recoll = run_recoll(folder, work)
            runs.append(
                {
                    "load_1min": round(load_before[0], 2),
                    "ours": ours,
                    "recoll": recoll,
                    "ratio": ours["seconds"] / recoll["seconds"],
                }
            )
        ours_s = statistics.median(r["ours"]["seconds"] for r in runs)
        recoll_s = statistics.median(r["recoll"]["seconds"] for r in runs)
        last = runs[-1]["ours"]
        return {
            "folder": str(folder),
            "files": last["files"],
            "units": last["units"],
            "rejected": last["rejected"],
            "rounds": runs,
            "ours_seconds": ours_s,
            "recoll_seconds": recoll_s,
            "ratio": ours_s / recoll_s,
            "units_per_s": last["units"] / ours_s,
            "reimport_seconds": statistics.median(r["ours"]["reimport_seconds"] for r in runs),
            "ratio_per_round_median": statistics.median(r["ratio"] for r in runs),
            "ours_cpu_seconds": statistics.median(r["ours"]["cpu_seconds"] for r in runs),
            "recoll_cpu_seconds": statistics.median(r["recoll"]["cpu_seconds"] for r in runs),
            "peak_rss_main_mb": max(r["ours"]["peak_rss_main_mb"] for r in runs),
            "peak_rss_worker_mb": max(r["ours"]["peak_rss_worker_mb"] for r in runs),
            "recoll_files_not_indexed": runs[-1]["recoll"]["files_not_indexed"],
            "load_1min": [r["load_1min"] for r in runs],
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def format_comparison(result: dict[str, Any]) -> str:
    lines = [
        f"{result['files']} files, {result['units']} units ({result['rejected']} file(s) rejected) "
        f"in {result['folder']}"
    ]
    for i, run in enumerate(result["rounds"], 1):
        ours, recoll = run["ours"], run["recoll"]
        lines.append(
            f"  round {i} (load {run['load_1min']:.2f}): ours {ours['seconds']:.2f} s, "
            f"Recoll {recoll['seconds']:.2f} s, ratio {run['ratio']:.2f}; "
            f"re-import {ours['reimport_seconds']:.3f} s"
        )
    lines += [
        f"ours (median):        {result['ours_seconds']:.2f} s  ({result['units_per_s']:,.0f} units/s)",
        f"Recoll (median):      {result['recoll_seconds']:.2f} s  "
        f"({result['recoll_files_not_indexed']} file(s) Recoll could not index)",
        f"ratio:                {result['ratio']:.2f}x  (goal <= 3x; median of the rounds' ratios "
        f"{result['ratio_per_round_median']:.2f}x)",
        f"CPU time (median):    ours {result['ours_cpu_seconds']:.1f} s, Recoll "
        f"{result['recoll_cpu_seconds']:.1f} s, ratio "
        f"{result['ours_cpu_seconds'] / result['recoll_cpu_seconds']:.2f}x (user + system, all processes)",
        f"re-import unchanged:  {result['reimport_seconds']:.3f} s",
        f"peak RSS:             main {result['peak_rss_main_mb']:.0f} MB, "
        f"largest worker {result['peak_rss_worker_mb']:.0f} MB",
    ]
    return "\n".join(lines)


def _probe(lib: Path, folder: Path, workers: int | None) -> dict[str, Any]:
    """The child process of `run_ours`: open a library as the CLI does, import, re-import."""
    from enablement.app import build_services
    from enablement.config import Settings

    settings = Settings(library_dir=lib, db_url=None, user="bench", is_default_library=False)
    with build_services(settings, create_demo=False) as services:
        started = time.monotonic()
        first = services.library_service.import_paths([folder], workers=workers)
        first_s = time.monotonic() - started
        started = time.monotonic()
        second = services.library_service.import_paths([folder], workers=workers)
        second_s = time.monotonic() - started
    return {
        "files": first.imported + first.unchanged + len(first.rejected),
        "imported": first.imported,
        "rejected": len(first.rejected),
        "units": first.units,
        "import_seconds": first_s,
        "reimport_seconds": second_s,
        "reimport_unchanged": second.unchanged,
        "peak_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


if __name__ == "__main__" and len(sys.argv) >= 4 and sys.argv[1] == "probe":
    _workers = int(sys.argv[4]) if sys.argv[4:] else None
    print(json.dumps(_probe(Path(sys.argv[2]), Path(sys.argv[3]), _workers)))
