"""The library as the front ends see it: import, remove, reindex, doctor, and keeping the index in step.

Why one service: the database is the truth and the Whoosh index a cache of it
(STYLE.md 12), so every change to the items must be followed by an index sync.
When that rule was spread over the importer, the voting service and the CLI
handlers, each had to know about search; now the domain packages only report
"items changed" through a callback that the composition root wires to `sync()`,
and the CLI and the UI call this service instead of repeating the steps.

Qt-free and typed. It receives its collaborators; only `enablement.app` builds it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from enablement.domain import ItemStatus
from enablement.errors import PermissionDenied
from enablement.ingest.pipeline import file_sha256
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store import repository as repo
from enablement.voting.models import Role
from enablement.workbench.publishing import apply_move

if TYPE_CHECKING:
    from enablement.domain import Item, ItemMeta
    from enablement.ingest.pipeline import Importer, ImportProgress, ImportReport
    from enablement.search.bulk import BulkIndexer
    from enablement.search.service import SearchService
    from enablement.store.library import Library

__all__ = ["DoctorReport", "LibraryService"]

log = logging.getLogger(__name__)

# Who may change the items of a team library (the database grants the same: security.py).
_LIBRARY_EDITORS = frozenset({Role.MARKETING.value, Role.ADMIN.value})


@dataclass
class DoctorReport:
    """What `LibraryService.doctor` found, and what it repaired.

    Attributes:
        problems: every disagreement found, in the order checked.
        repaired: the problems (same strings) that were fixed; only derived data (the index) is.
        orphaned_originals: originals in the file store that no version refers to. Not a problem:
            removing an item keeps its originals on purpose.
    """

    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    orphaned_originals: int = 0

    @property
    def ok(self) -> bool:
        """True when every problem found was repaired."""
        return all(p in self.repaired for p in self.problems)


class LibraryService:
    """Owns the library-wide operations and the rule that the search index follows the database.

    Methods block and may run on a worker thread (the UI's write queue); each opens its own
    transactions, like the services it calls.

    Attributes:
        library: the opened library (database, file store).
    """

    def __init__(self, library: Library, *, importer: Importer, search: SearchService) -> None:
        self.library = library
        self._importer = importer
        self._search = search

    # ------------------------------------------------------------ the index follows the database

    def sync(self) -> int:
        """Index whatever the database has that the index lacks, drop what it no longer has.

        The one call every change to the items ends with (the importer's and the voting
        service's callbacks are wired to it in `enablement.app`). Returns the number of
        items added, updated or removed in the index.
        """
        return self._search.sync()

    def reindex(self) -> int:
        """Rebuild the whole index from the database (swapped in atomically); returns the unit count."""
        return self._search.rebuild()

    # ------------------------------------------------------------ changes

    def is_empty(self) -> bool:
        """True when the library holds no item (a first run, before the demo library)."""
        return self._importer.is_empty()

    def import_paths(
        self,
        paths: Sequence[Path | str],
        meta: ItemMeta | None = None,
        *,
        progress: Callable[[ImportProgress], None] | None = None,
        cancel: threading.Event | None = None,
        workers: int | None = None,
        sync: bool = True,
        ordered: bool = False,
    ) -> ImportReport:
        """Import files and folders (recursively), then bring the index up to date.

        A small import's batches become findable as they commit (the importer's callback syncs).
        A large one (bulk.MIN_ITEMS items or more) is indexed by index worker processes as it runs
        and becomes findable all at once at the end, in one commit (enablement.search.bulk).

        Args:
            paths: files and folders to import.
            meta: metadata given to every imported item (added to what the files carry).
            progress: called after each file.
            cancel: set it to stop after the file in hand; what was committed stays.
            workers: extraction processes (default: all cores).
            sync: False to leave the index alone, neither during nor after the import, when the
                caller changes the new items before they may become findable (the demo library
                sets their status first) and calls `sync()` itself.
            ordered: True to number new items in the order of `paths` whichever extraction worker
                finishes first (the demo library: the same ids on every build).

        Raises:
            PermissionDenied: on a team library, for a person who may not change the items
                (a seller), before any file is read.
        """
        self._check_may_change(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Only marketing can import into the team library; {user!r} is {role}. "
                "Ask your admin if you need it (enablement team set-role {user} --role marketing).",
            )
        )
        # A large import is indexed as it goes by index workers, added in one commit at the end
        # (enablement.search.bulk); a small one starts none and is indexed by the sync below.
        bulk = self._search.bulk_indexer() if sync else None
        try:
            report = self._importer.import_paths(
                paths,
                meta,
                progress=progress,
                cancel=cancel,
                workers=workers,
                notify=sync,
                on_stored=bulk.add if bulk is not None else None,
                ordered=ordered,
            )
        except BaseException:
            if bulk is not None:
                bulk.abort()
            raise
        if bulk is not None:
            self._add_bulk(bulk)
        if sync:
            self.sync()
        return report

    def _add_bulk(self, bulk: BulkIndexer) -> None:
        """Put what the index workers built into the index; on any failure the sync that follows
        indexes the items instead (slower, same result)."""
        try:
            parts, built, _units = bulk.finish()
            if parts:
                self._search.add_built(parts, built)
        except Exception as exc:
            log.warning("bulk indexing failed (%s); indexing the import in process instead", exc)
        finally:
            bulk.cleanup()

    def remove_item(self, item_id: int) -> Item:
        """Delete an item with its versions and units, and drop it from the index.

        The index is brought up to date by `sync()`, not by deleting the item's documents
        directly: sync also forgets the item in the index's record of what it holds, so a
        `doctor` afterwards finds nothing to repair. Its originals stay in the file store
        (`doctor` counts them). Returns the item as it was; raises `NotFound` when there is
        no such item, `PermissionDenied` when a seller asks on a team library.
        """
        self._check_may_change(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Only marketing can remove items from the team library; {user!r} is {role}. "
                "Ask your admin if you need it (enablement team set-role {user} --role marketing).",
            )
        )
        with self.library.transaction() as conn:
            item = repo.get_item(conn, item_id)
            repo.remove_item(conn, item.id)
        self.sync()
        return item

    def archive_items(self, item_ids: Sequence[int], note: str = "") -> list[Item]:
        """Archive items: out of sellers' search, kept with their versions; then sync the index.

        One case of the publishing workflow's move (enablement.workbench.publishing.apply_move):
        each archive is kept in the item's status history with who and when.

        For version sprawl (enablement.workbench.near_duplicates.keep_current) and any other
        "no longer current". All or nothing: one transaction. Returns the items as they were;
        raises `NotFound` for an unknown id, `PermissionDenied` when a seller asks on a team
        library (before anything changes).
        """
        self._check_may_change(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Only marketing can archive items of the team library; {user!r} is {role}. "
                "Ask your admin if you need it (enablement team set-role {user} --role marketing).",
            )
        )
        actor = self.library.current_user() if self.library.is_team else self._importer.user
        now = datetime.now(UTC)
        with self.library.transaction() as conn:
            found = [repo.get_item(conn, item_id) for item_id in item_ids]
            for item in found:
                if item.status is not ItemStatus.ARCHIVED:  # archiving twice is no error here
                    apply_move(conn, actor, item, ItemStatus.ARCHIVED, note, at=now)
        self.sync()
        return found

    def unarchive_items(self, item_ids: Sequence[int], note: str = "") -> list[Item]:
        """Publish archived items again (the reverse of `archive_items`, in its history); then sync.

        For a watched folder's file that came back (enablement.services.watch). Items not
        archived are left alone. Returns the items as they were; raises like `archive_items`.
        """
        self._check_may_change(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Only marketing can archive items of the team library; {user!r} is {role}. "
                "Ask your admin if you need it (enablement team set-role {user} --role marketing).",
            )
        )
        actor = self.library.current_user() if self.library.is_team else self._importer.user
        now = datetime.now(UTC)
        with self.library.transaction() as conn:
            found = [repo.get_item(conn, item_id) for item_id in item_ids]
            for item in found:
                if item.status is ItemStatus.ARCHIVED:
                    apply_move(conn, actor, item, ItemStatus.PUBLISHED, note, at=now)
        self.sync()
        return found

    def _check_may_change(self, refusal: str) -> None:
        """On a team library, refuse up front whoever may not change the items (a seller).

        The database refuses them too (its grants are the wall: security.py), but only midway,
        with its own words ("permission denied for table blobs") after the files were read;
        this says why, before any work. `refusal` is a marked template with {user} and {role}.
        A single-user library has no roles for items: anyone may import and remove.
        """
        if not self.library.is_team:
            return
        user = self.library.current_user()
        with self.library.reading() as conn:
            role = repo.person_role(conn, user)
        if role in _LIBRARY_EDITORS:
            return
        label = (
            Role(role).label if role in set(Role) else Message(QT_TRANSLATE_NOOP("Messages", "no profile"))
        )
        raise PermissionDenied(refusal, user=user, role=label)

    # ------------------------------------------------------------ checks

    def doctor(self) -> DoctorReport:
        """Compare database, file store and index; repair what is derived (the index).

        Missing or damaged originals are reported, never "repaired": they are the user's
        files. Items the index lacks are indexed, and the index's own check repairs missing,
        extra and stale documents; whatever is still wrong afterwards is reported.
        """
        report = DoctorReport()
        team = self.library.is_team
        with self.library.reading() as conn:
            needed = repo.referenced_hashes(conn)
            # On a team server indexed_version is not kept (each desktop has its own index and
            # its own record of it); the index check below compares the index with the database.
            stale = [] if team else repo.stale_item_ids(conn)
        blobs = self.library.blobs
        stored = blobs.all_hashes()
        shared = blobs.shared_hashes() if team else None
        if shared is not None:  # the server is where originals live; this folder is a cache
            for sha in sorted(needed - shared):
                report.problems.append(f"original {sha[:12]}… is missing from the team server")
        else:
            for sha in sorted(needed - stored):
                report.problems.append(f"original {sha[:12]}… is missing from the file store")
        for sha in sorted(needed & stored):
            if file_sha256(blobs.path_for(sha)) != sha:
                report.problems.append(
                    f"original {sha[:12]}… in the file store is damaged (its content changed)"
                )
        report.orphaned_originals = len(stored - needed)
        if stale:
            report.problems.append(f"{len(stale)} item(s) were not in the search index")
            self.sync()
            report.repaired.append(report.problems[-1])
        for problem in self._search.check(repair=True):
            report.problems.append(f"index: {problem}")
            report.repaired.append(report.problems[-1])
        for problem in self._search.check(repair=False):
            report.problems.append(f"index still inconsistent: {problem}")
        return report
