"""The composition root: builds the services once and hands them to the CLI or the UI.

Nothing else constructs a Library or a service; widgets and commands receive
them, and no service builds another. The services do not call each other's
index upkeep either: the importer and the voting service report "items changed"
through callbacks, which are wired here to `LibraryService.sync`, so the domain
packages never import `enablement.search`. Qt-free: the desktop app imports
this, never the other way round.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sqlalchemy as sa

from enablement.config import Settings, os_user
from enablement.errors import EnablementError, PermissionDenied
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.store import Library, repository
from enablement.store.schema import people

if TYPE_CHECKING:
    from enablement.ingest.pipeline import Importer
    from enablement.insights.figures import InsightsService
    from enablement.insights.reports import ReportService
    from enablement.insights.usage import UsageService
    from enablement.search.service import SearchService
    from enablement.services.first_run import ChoiceStore, FirstRunService
    from enablement.services.follow import FollowState, IndexFollower
    from enablement.services.library import LibraryService
    from enablement.services.watch import FolderWatchService
    from enablement.voting.service import VotingService
    from enablement.workbench.publishing import PublishingService


@dataclass
class Services:
    """Everything a front end needs, built from one `Settings`.

    Attributes:
        settings: how the services were built.
        library: the opened library (database, originals, index location).
        search: full-text search over the library, and its index upkeep.
        importer: file import into the library; front ends import through `library_service`,
            which also brings the index up to date.
        voting: ballots, votes and decisions.
        reports: field intel and content feedback from sales, and marketing's triage of them.
        library_service: import, remove, reindex, doctor, and `sync()`: the index follows the
            database.
        usage: records previews, opens, copies and links; a person's own activity.
        insights: the shared numbers (dashboard) and, as `insights.gaps`, the content gaps.
        publishing: status moves (draft → in review → published → archived) with their history,
            the "needs review" queue and "still valid".
        watch: the watched folders (kept in LIBRARY/watched.json): the library follows their files
            once `watch.start` is called (the desktop app and `enablement watch` do).
        follower: on a PostgreSQL library, keeps the local index following the server's change
            log live once `start_following` is called (the desktop app does; one-shot CLI
            commands sync once at start instead). None on SQLite.
    """

    settings: Settings
    library: Library
    search: SearchService
    importer: Importer
    voting: VotingService
    library_service: LibraryService
    usage: UsageService
    insights: InsightsService
    reports: ReportService
    publishing: PublishingService
    watch: FolderWatchService
    follower: IndexFollower | None = None
    _closed: bool = field(default=False, repr=False)

    @property
    def user(self) -> str:
        """Who acts: the database login on a team library, the chosen name on a single-user one."""
        return self.settings.user

    @property
    def is_team(self) -> bool:
        return self.library.is_team

    def start_following(self, on_state: Callable[[FollowState], None] | None = None) -> None:
        """Follow the server live (PostgreSQL libraries; nothing to follow on SQLite)."""
        if self.follower is not None:
            self.follower.set_callback(on_state)
            self.follower.start()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.watch.stop()
            if self.follower is not None:
                self.follower.stop()
            self.search.close()
            self.library.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def build_services(settings: Settings, *, create_demo: bool = True) -> Services:
    """Open the library named by `settings` and wire the services together.

    A first run on the default, empty library fills it with the demo library so
    that a new user sees something to search.
    """
    from enablement.credentials import resolve_password
    from enablement.ingest.pipeline import Importer
    from enablement.insights.figures import InsightsService
    from enablement.insights.gaps import GapService
    from enablement.insights.reports import ReportService
    from enablement.insights.usage import UsageService
    from enablement.search.service import SearchService
    from enablement.services.library import LibraryService
    from enablement.services.watch import FolderWatchService
    from enablement.voting.service import VotingService
    from enablement.workbench.publishing import PublishingService, may_publish

    db_url = resolve_password(settings.db_url) if settings.db_url else None
    # A team desktop that has been here before opens on its cache when the server is away.
    library = Library(settings.library_dir, db_url, allow_offline=True)
    try:
        settings = _acting_user(settings, library)
        search = SearchService(library, user=settings.user)
        # The importer needs the library service's sync and the library service needs the
        # importer: the lambda looks `library_service` up when it is called, after it is assigned.
        importer = Importer(library, user=settings.user, on_committed=lambda: library_service.sync())
        library_service = LibraryService(library, importer=importer, search=search)
        voting = VotingService(library, on_items_changed=library_service.sync)
        follower = None
        if not library.is_sqlite:
            from enablement.services.follow import IndexFollower
            from enablement.store.notify import ChangeListener

            follower = IndexFollower(
                sync=library_service.sync, listener=ChangeListener(library.db_url), search=search
            )
        usage = UsageService(library)
        insights = InsightsService(library, gaps=GapService(library))
        reports = ReportService(library)
        publishing = PublishingService(library, on_items_changed=library_service.sync)
        watch = FolderWatchService(library, library_service=library_service)
        services = Services(
            settings,
            library,
            search,
            importer,
            voting,
            library_service,
            usage,
            insights,
            reports,
            publishing,
            watch,
            follower=follower,
        )
        # A seller's search shows published items only (archived ones too need marketing's eyes);
        # offline, the role cannot be asked: the seller's view is the safe one.
        if library.is_team:
            search.published_only = library.opened_offline or not may_publish(library, settings.user)
        if library.opened_offline:  # searching works from the cache; the follower catches up later
            search.offline = True
            usage.offline = True
            return services
        if create_demo and settings.is_default_library and library_service.is_empty():
            from enablement.services.demo import create_demo_library

            create_demo_library(library_service, voting, search=search, user=settings.user)
        _check_roster(settings, library)  # after the demo: its roster is the one a name must be in
        library_service.sync()
    except BaseException:
        library.close()
        raise
    return services


def build_first_run(store: ChoiceStore) -> FirstRunService:
    """The first launch's choice (demo, own folder, team server), kept in the front end's `store`.

    Built apart from `build_services` because it decides how those are built: whether the
    demo library is made, which folder is imported first, whether the team sign-in opens.
    """
    from enablement.services.first_run import FirstRunService

    return FirstRunService(store)


def _check_roster(settings: Settings, library: Library) -> None:
    """On a single-user library a name given with `--user` / ENABLEMENT_USER must be a person.

    Anyone at the keyboard may type any name, and every name counts as a person in the shared
    numbers (no count is shown under three people), so three invented names would lift the
    minimum-group rule. The rule: a given name must be in the library's roster (`people`); while
    the roster is empty only the OS user acts (who first adds people with `enablement user add`).
    The OS user's own name is always accepted, given or not. On a team library the login decides.
    """
    if library.is_team or not settings.user_given or settings.user == os_user():
        return
    with library.reading() as conn:
        if repository.person_role(conn, settings.user) is not None:
            return
        roster_empty = conn.execute(sa.select(people.c.id).limit(1)).first() is None
    if roster_empty:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{user!r} is not a person of this library: its roster is empty, so only you ({me}) "
                "act here. Add people first with `enablement user add {user!r} --role sales --team TEAM`, "
                "then act as them with --user {user}.",
            ),
            user=settings.user,
            me=os_user(),
        )
    raise PermissionDenied(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{user!r} is not a person of this library (see `enablement user list`). An admin adds "
            "them with `enablement user add {user!r} --role sales --team TEAM`.",
        ),
        user=settings.user,
    )


def _acting_user(settings: Settings, library: Library) -> Settings:
    """On a team library the login is who acts, never a flag: `--user` is refused there."""
    if not library.is_team:
        return settings
    login = library.current_user()
    if settings.user_given and settings.user != login:
        raise EnablementError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "--user only applies to a single-user library. On a team server you act as the "
                "login you signed in with ({login}); sign in as {user} to act as them.",
            ),
            login=login,
            user=settings.user,
        )
    return dataclasses.replace(settings, user=login)
