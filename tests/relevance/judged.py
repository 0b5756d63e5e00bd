"""The judged queries: resources/demo/FACTS.md plus derived queries for what FACTS does not type.

FACTS.md (written with the demo library) lists queries a salesperson would type with the unit that
must come back (primary) and other units that legitimately answer (also relevant). It does not
type wrong-layout, misspelt, quoted-phrase or filtered queries, so `derived_queries()` makes those
from FACTS rows: the same judgement, a different way of asking.

Metrics (per query, then averaged overall and per kind):
  reciprocal rank = 1 / rank of the first relevant hit (primary or also relevant) in the top 10
  recall@10       = the primary unit is in the top 10
  nDCG@10         = graded: gain 2 for the primary, 1 for each also-relevant unit, discount
                    1/log2(rank + 1), over the DCG of the ideal order (primary first)
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from enablement.search.corrections import from_layout

FACTS = Path(__file__).resolve().parents[2] / "resources" / "demo" / "FACTS.md"
K = 10

Unit = tuple[str, str, int]  # (source file, unit kind, number)


@dataclass
class Judged:
    id: str
    query: str
    primary: Unit
    also: list[Unit]
    kinds: list[str]
    options: dict[str, Any] = field(default_factory=dict)
    correction: str | None = None  # the correction type the query must get, if any


def _unit(text: str) -> Unit:
    source, _, rest = text.strip().partition(" / ")
    kind, _, number = rest.strip().partition(" ")
    return source.strip(), kind.strip(), int(number)


def _kinds(phenomenon: str) -> list[str]:
    tags = [re.sub(r"\s*\(.*", "", t).strip() for t in re.split(r",\s*(?![^()]*\))", phenomenon)]
    return [t for t in tags if t] or ["plain"]


def facts() -> list[Judged]:
    out = []
    for line in FACTS.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if len(cells) != 6 or not cells[0].isdigit():
            continue
        number, query, primary, also, _evidence, phenomenon = cells
        also_units = [_unit(a) for a in also.split(";") if a.strip()]
        out.append(Judged(f"F{number}", query, _unit(primary), also_units, _kinds(phenomenon)))
    return out


def not_found() -> list[str]:
    """Queries whose only answers are in the draft deck: drafts never show up in search."""
    out = []
    for line in FACTS.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*(D\d+)\s*\|\s*([^|]+?)\s*\|", line)
        if m:
            out.append(m.group(2))
    return out


# Typos typed by hand (one or two edits), with the FACTS row whose judgement they keep.
TYPOS = {
    "F21": "сроки поставки Globex паралельный импорт",
    "F43": "Стрелец расрочка 12 месяцев",
    "F56": "клиент говорит нет бюжета",
    "F69": "производство в Твепи",
    "F118": "прайс-лист дейсвует с 1 февраля 2026",
    "F121": "доставка в регионы транспортной компаниейй",
    "F126": "лицензии постовляются электронно",
    "F138": "SSD ресрс DWPD",
    "F143": "консольный кабль USB-C",
    "F31": "Globex delivery weeks prepaymant in dollars",
    "F34": "single vendor acros the cluster objection",
    "F89": "Redfish roadmpa 2028",
}
# Wrong keyboard layout: the FACTS query retyped with the other layout's keys.
LAYOUT = ["F43", "F55", "F56", "F58", "F69", "F73", "F84", "F121", "F122", "F150", "F161", "F162"]
# Quoted phrases from the evidence.
PHRASES = {
    "F5": '"бесплатный пилот" 60 дней',
    "F29": '"переучиваются за неделю"',
    "F34": '"single vendor"',
    "F39": '"lowest price" tender',
    "F59": '"дешевое оборудование"',
    "F94": '"pass mark"',
    "F103": '"неиспользованный остаток"',
    "F121": '"транспортной компанией"',
}
# Field filters, as typed in the query and as options.
FILTERS: dict[str, tuple[str, dict[str, Any]]] = {
    "F22": ("гарантия в России не действует competitor:Globex", {}),
    "F36": ("warranty one year", {"competitor": "Strelets"}),
    "F64": ("коммутатор VS-24 цена kind:battlecard", {}),
    "F130": ("px200 цена", {"kind": "catalog"}),
    "F161": ("Новосибирск kind:catalog", {}),
    "F93": ("attach rate target", {"kind": "deck", "lang": "en"}),
    "F70": ("скидка за предоплату 7% kind:deck", {}),
}
# Latin spelling of Russian words and names (transliteration both ways).
TRANSLIT = {
    "F49": "Strelets",
    "F63": "Vektor Telecom",
    "F85": "Глобекс",
    "F161": "servisnyi centr Novosibirsk",
    "F43": "Strelec rassrochka",
}


def derived_queries(base: list[Judged]) -> list[Judged]:
    by_id = {j.id: j for j in base}
    out: list[Judged] = []
    for fid, query in TYPOS.items():
        j = by_id[fid]
        out.append(Judged(f"{fid}-typo", query, j.primary, j.also, ["typo"], correction="spelling"))
    for fid in LAYOUT:
        j = by_id[fid]
        out.append(
            Judged(f"{fid}-layout", from_layout(j.query), j.primary, j.also, ["layout"], correction="layout")
        )
    for fid, query in PHRASES.items():
        j = by_id[fid]
        out.append(Judged(f"{fid}-phrase", query, j.primary, j.also, ["phrase"]))
    for fid, (query, options) in FILTERS.items():
        j = by_id[fid]
        out.append(Judged(f"{fid}-filter", query, j.primary, j.also, ["filter"], options=options))
    for fid, query in TRANSLIT.items():
        j = by_id[fid]
        out.append(Judged(f"{fid}-translit", query, j.primary, j.also, ["translit"]))
    return out


def all_judged() -> list[Judged]:
    base = facts()
    return base + derived_queries(base)


@dataclass
class Outcome:
    judged: Judged
    rr: float
    found: bool
    top: list[Unit]
    correction: dict[str, str] | None
    ndcg: float = 0.0


def ndcg(j: Judged, top: list[Unit]) -> float:
    """nDCG@10 with gain 2 for the primary unit and 1 for each also-relevant one."""
    gains = {u: 1 for u in j.also} | {j.primary: 2}
    dcg = sum(gains.get(u, 0) / math.log2(i + 1) for i, u in enumerate(top[:K], 1))
    ideal = sorted(gains.values(), reverse=True)[:K]
    return dcg / sum(g / math.log2(i + 1) for i, g in enumerate(ideal, 1))


def evaluate(search: Any, judged: list[Judged]) -> list[Outcome]:
    outcomes = []
    for j in judged:
        response = search.search(j.query, limit=K, log=False, **j.options)
        top = [(h.source, h.unit, h.number) for h in response.hits[:K]]
        relevant = {j.primary, *j.also}
        rank = next((i for i, u in enumerate(top, 1) if u in relevant), None)
        rr = 1.0 / rank if rank else 0.0
        outcomes.append(Outcome(j, rr, j.primary in top, top, response.correction, ndcg(j, top)))
    return outcomes


def summary(outcomes: list[Outcome]) -> dict[str, tuple[int, float, float, float]]:
    """kind -> (queries, MRR@10, recall@10, nDCG@10); key "overall" for everything."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups["overall"].append(o)
        for kind in o.judged.kinds:
            groups[kind].append(o)
    return {
        k: (
            len(v),
            sum(o.rr for o in v) / len(v),
            sum(o.found for o in v) / len(v),
            sum(o.ndcg for o in v) / len(v),
        )
        for k, v in sorted(groups.items(), key=lambda kv: (kv[0] != "overall", kv[0]))
    }


def report(outcomes: list[Outcome]) -> str:
    lines = [f"{'kind':<14}{'queries':>8}{'MRR@10':>9}{'R@10':>8}{'nDCG@10':>9}"]
    for kind, (n, mrr, recall, gain) in summary(outcomes).items():
        lines.append(f"{kind:<14}{n:>8}{mrr:>9.3f}{recall:>8.3f}{gain:>9.3f}")
    misses = [o for o in outcomes if o.rr < 1.0]
    if misses:
        lines.append("not first:")
        for o in misses:
            j = o.judged
            lines.append(f"  {j.id:<14} rr={o.rr:.2f} {j.query!r} want {j.primary} got {o.top[:3]}")
    return "\n".join(lines)
