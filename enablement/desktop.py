"""Make `enablement://` links open the app from other programs (`enablement register-links`).

A deep link copied from the app (`enablement://item/12#slide=7`) pasted into a chat
or an e-mail only opens the app if the operating system knows the scheme. Qt-free:
on Linux it writes a freedesktop `.desktop` entry and asks xdg-mime to use it; on
Windows it writes the per-user URL-protocol keys. Nothing needs administrator rights.
The verb itself lives in `enablement.cli.desktop`; this module only knows the OS side.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs

from enablement.preview.links import SCHEME
from enablement.resources import is_frozen

DESKTOP_ID = "enablement-hub.desktop"
ICON_NAME = "enablement-hub"  # the bundle's install.sh puts the icon under this name in the icon theme
WINDOWS_GUI_EXE = "EnablementHub.exe"  # the bundle's console-less executable (packaging/enablement.spec)


def launcher_command() -> list[str]:
    """How the OS should start the app: this bundle's executable, else the installed script, else -m.

    In a bundle `sys.executable` is the app itself (on Windows, its console-less sibling when
    there is one, so a link opens no terminal window); outside one it is a Python interpreter.
    """
    if is_frozen():
        exe = Path(sys.executable)
        gui = exe.with_name(WINDOWS_GUI_EXE)
        return [str(gui if sys.platform == "win32" and gui.is_file() else exe)]
    script = shutil.which("enablement")
    return [script] if script else [sys.executable, "-m", "enablement"]


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(_quote(part) for part in command) + " %u"
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Enablement Hub\n"
        "Comment=Find battle cards, slides and price-list rows; vote on drafts\n"
        f"Exec={exec_line}\n"
        f"Icon={ICON_NAME}\n"
        "Terminal=false\n"
        "Categories=Office;\n"
        f"MimeType=x-scheme-handler/{SCHEME};\n"
    )


def _quote(part: str) -> str:
    return f'"{part}"' if any(c in part for c in ' "\\') else part


def register_linux(command: list[str], applications: Path | None = None) -> Path:
    """Write the .desktop entry and make it the handler of enablement:// (when xdg-mime exists)."""
    folder = applications or Path(platformdirs.user_data_dir()) / "applications"
    folder.mkdir(parents=True, exist_ok=True)
    entry = folder / DESKTOP_ID
    entry.write_text(desktop_entry(command), encoding="utf-8")
    if applications is None and shutil.which("xdg-mime"):
        subprocess.run(
            ["xdg-mime", "default", DESKTOP_ID, f"x-scheme-handler/{SCHEME}"], check=False, timeout=20
        )
    return entry


def register_windows(command: list[str]) -> str:  # pragma: no cover - exercised on Windows only
    key_path = rf"Software\Classes\{SCHEME}"
    if sys.platform == "win32":
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key_path) as key:
            winreg.SetValueEx(key, "", 0, winreg.REG_SZ, "URL:Enablement Hub")
            winreg.SetValueEx(key, "URL Protocol", 0, winreg.REG_SZ, "")
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key_path + r"\shell\open\command") as key:
            winreg.SetValueEx(key, "", 0, winreg.REG_SZ, " ".join(_quote(p) for p in command) + ' "%1"')
    return rf"HKEY_CURRENT_USER\{key_path}"
