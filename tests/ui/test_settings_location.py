"""Settings and the library live in the user's folders, never in the install folder, so an update keeps them.

Installing a newer app (a new virtualenv, a newer bundle unpacked over the old one) replaces
the install folder. What the user chose (language, theme, the last library, the team to
reconnect to) is in the QSettings file under the user's config folder and the library under
the user's data folder (platformdirs), so the new app finds both. Each run is its own
process, as the app is, with the user's folders in a temporary home.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import enablement

_SCRIPT = """
import json, sys
from PySide6.QtCore import QCoreApplication, QSettings
from enablement.config import default_library_dir
from enablement.ui.main import APPLICATION, ORGANIZATION
from enablement.ui.ui_state import UiState

QCoreApplication.setOrganizationName(ORGANIZATION)  # as run_app does
QCoreApplication.setApplicationName(APPLICATION)
state = UiState(QSettings())
if sys.argv[1] == "write":
    state.language, state.theme, state.last_library = "ru", "dark", sys.argv[2]
    state.team_url = "postgresql://sam@db.example.com/enablement"
    state.sync()
print(json.dumps({
    "file": QSettings().fileName(),
    "library": str(default_library_dir()),
    "chosen": [state.language, state.theme, state.last_library, state.team_url],
}))
"""


def _run(home: Path, *args: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    env["XDG_DATA_HOME"] = str(home / ".local/share")
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = [sys.executable, "-c", _SCRIPT, *args]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_settings_and_library_are_outside_the_install_folder_and_kept(tmp_path: Path) -> None:
    home = tmp_path / "home"
    library = str(home / "Sales library")
    first = _run(home, "write", library)
    settings_file, library_dir = Path(str(first["file"])), Path(str(first["library"]))
    assert settings_file.is_file() and settings_file.is_relative_to(home / ".config"), settings_file
    assert library_dir.is_relative_to(home / ".local/share"), library_dir
    install = [Path(sys.prefix).resolve(), Path(enablement.__file__).resolve().parent]
    for kept in (settings_file, library_dir):
        assert not any(kept.resolve().is_relative_to(folder) for folder in install), kept
    assert "password" not in settings_file.read_text(encoding="utf-8").lower()

    after_update = _run(home, "read")  # a new process: the updated app starting
    assert after_update["file"] == first["file"]
    assert after_update["chosen"] == ["ru", "dark", library, "postgresql://sam@db.example.com/enablement"]
