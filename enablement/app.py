"""The composition root: builds the services once and hands them to the CLI or the UI.

Nothing else constructs a Library or a service; widgets and commands receive
them. Qt-free: the desktop app imports this, never the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from enablement.config import Settings
from enablement.store import Library

if TYPE_CHECKING:
    from enablement.ingest.pipeline import Importer
    from enablement.search.service import SearchService
    from enablement.voting.service import VotingService


@dataclass
class Services:
    """Everything a front end needs, built from one `Settings`.

    Attributes:
        settings: how the services were built.
        library: the opened library (database, originals, index location).
        search: full-text search over the library, and its index upkeep.
        importer: file import into the library (updates the index).
        voting: ballots, votes and decisions.
    """

    settings: Settings
    library: Library
    search: SearchService
    importer: Importer
    voting: VotingService
    _closed: bool = field(default=False, repr=False)

    @property
    def user(self) -> str:
        return self.settings.user

    def close(self) -> None:
        if not self._closed:
            self._closed = True
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
    from enablement.ingest.pipeline import Importer
    from enablement.search.service import SearchService
    from enablement.voting.service import VotingService

    library = Library(settings.library_dir, settings.db_url)
    try:
        search = SearchService(library, user=settings.user)
        importer = Importer(library, search, user=settings.user)
        voting = VotingService(library, search=search)
        services = Services(settings, library, search, importer, voting)
        if create_demo and settings.is_default_library and importer.is_empty():
            from enablement.ingest.demo import create_demo_library

            create_demo_library(services)
        search.sync()
    except BaseException:
        library.close()
        raise
    return services
