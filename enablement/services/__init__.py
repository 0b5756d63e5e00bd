"""Qt-free services that span the domain packages, built only by the composition root (`enablement.app`).

`LibraryService` owns import, removal, reindex, doctor and the rule that the search
index follows the database; `create_demo_library` fills a library with the demo.
Front ends (CLI, UI) call these; domain packages never import them.
"""

from enablement.services.demo import create_demo_library
from enablement.services.library import DoctorReport, LibraryService

__all__ = ["DoctorReport", "LibraryService", "create_demo_library"]
