"""A content gap planned as a battle card: the decision and the draft card it names, in one step.

"Plan a card" on a gap used to record only a decision (`gap_decisions.state = 'card_planned'`):
nothing in the library said which card, and nobody had started it. Now planning makes a draft
battle card titled after the query as people typed it, saved through the ordinary card path
(`card_library.save_card`: an import, so it is stored, versioned and indexed like any card, a
draft until published), and the decision names it (`gap_decisions.item_id`). Planning a gap that
already has its draft returns that draft instead of making a second one; a draft removed since is
made again.

Here, not in `enablement.insights.gaps`: the gap service sits below the workbench and does not
author cards. Both front ends call `plan_gap_card` (the CLI's `insights gap plan`, the app's gap
list through the task runner).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from enablement.domain import ItemStatus
from enablement.errors import EnablementError
from enablement.insights.gaps import GapDecision, GapService
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.store import repository as repo
from enablement.store.library import Library
from enablement.workbench.card_library import (
    TEMPLATE_REVIEW_DAYS,
    CardImporter,
    known_competitors,
    save_card,
)
from enablement.workbench.cards import BattleCard

__all__ = ["PlannedGap", "plan_gap_card"]

MAX_TITLE_CHARS = 120
_WHY_EN = "Draft for the content gap «{query}»: people searched for it and found nothing they opened."
_WHY_RU = "Черновик по пробелу в материалах «{query}»: это искали и не нашли ничего, что стали бы открывать."


@dataclass(frozen=True, slots=True)
class PlannedGap:
    """The decision and its draft card.

    Attributes:
        decision: the gap's decision (state card_planned, item_id the draft).
        item_id: the draft battle card.
        title: the draft's title.
        created: False when the gap already had its draft (planning twice makes no second card).
    """

    decision: GapDecision
    item_id: int
    title: str
    created: bool

    def to_json(self) -> dict[str, Any]:
        return self.decision.to_json() | {
            "card": {"id": self.item_id, "title": self.title},
            "created": self.created,
        }


def plan_gap_card(
    library: Library,
    importer: CardImporter,
    gaps: GapService,
    actor: str,
    key: str,
    note: str = "",
    *,
    today: dt.date | None = None,
) -> PlannedGap:
    """Plan a card for the gap `key`: make its draft battle card (unless it has one) and record it.

    Args:
        library: the library.
        importer: the library service (the card is saved as an import).
        gaps: the gap service (the decision, and who may take it).
        actor: who decides (marketing; anyone else is refused before anything is written).
        key: the gap's key (`GapService.open_gaps`).
        note: the decision's note; it also goes into the draft's overview.
        today: the date the review-by date counts from (tests pass a fixed one).
    """
    key = " ".join(key.split())
    if not key:
        raise EnablementError(
            QT_TRANSLATE_NOOP("Messages", "A content gap needs its key (see enablement insights gaps).")
        )
    gaps.require_manager(actor)
    earlier = gaps.decision(key)
    if earlier is not None and earlier.item_id is not None:
        title = _title_of(library, earlier.item_id)
        if title is not None and earlier.state.value == "card_planned":
            return PlannedGap(earlier, earlier.item_id, title, created=False)
    example = gaps.example(key)
    saved = save_card(
        library,
        importer,
        _draft(library, example, note, actor, today),
        actor=actor,
        status=ItemStatus.DRAFT,
        competitor_later=True,
    )
    decision = gaps.plan_card(actor, key, note, item_id=saved.item_id)
    return PlannedGap(decision, saved.item_id, saved.title, created=True)


def _title_of(library: Library, item_id: int) -> str | None:
    with library.reading() as conn:
        try:
            return repo.get_item(conn, item_id).title
        except EnablementError:  # removed since: a new draft is made
            return None


def _draft(library: Library, example: str, note: str, actor: str, today: dt.date | None) -> BattleCard:
    """The draft: titled after the query, about the competitor it names when it names one the
    library already has (the longest), else about none: the marketer names it while editing. The
    query itself is no competitor: as one it entered coverage, the competitor lists and past weeks'
    searches naming a competitor. The overview says where the draft came from."""
    language = "ru" if any("а" <= ch.casefold() <= "я" or ch in "ёЁ" for ch in example) else "en"
    folded = example.casefold()
    named = [c for c in known_competitors(library) if c.casefold() in folded]
    competitor = max(named, key=len) if named else ""
    # The card's own text, in the card's language (not the app's: the card is library content).
    why = (_WHY_RU if language == "ru" else _WHY_EN).format(query=example)
    overview = "\n\n".join(p for p in (str(why), note.strip()) if p)
    return BattleCard(
        competitor=competitor,
        title=example[:MAX_TITLE_CHARS],
        owner=actor,
        review_by=(today or dt.date.today()) + dt.timedelta(days=TEMPLATE_REVIEW_DAYS),
        language=language,
        overview=overview,
    )
