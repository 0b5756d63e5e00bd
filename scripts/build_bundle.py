"""Build the Enablement Hub bundle for this system with PyInstaller: salespeople do not run pip.

    python -m venv .venv && .venv/bin/pip install '.[bundle]'
    .venv/bin/python scripts/build_bundle.py            # -> dist/enablement-hub/ (+ the Linux tarball)

What it does, in order:
1. draws the app icon from resources/icons/app.svg into build/bundle-icons/ (a PNG for Linux, and the
   .ico or .icns that the Windows and macOS bundles need, converted by Pillow, which python-pptx
   already brings in);
2. runs PyInstaller on packaging/enablement.spec (one folder, `dist/enablement-hub/`; the spec says
   what goes in and why);
3. on Linux, puts beside the executable the .desktop entry (the enablement:// handler), the icon,
   install.sh (which installs or updates the folder for the current user) and the version, and packs
   `dist/enablement-hub-VERSION-linux-ARCH.tar.gz`.

Everything it writes stays inside the checkout (build/ and dist/, both ignored by git). It prints
the folder's and the tarball's sizes. The Windows installer is then made with Inno Setup from
packaging/windows/enablement.iss; the macOS .app comes out of step 2 as `dist/Enablement Hub.app`.
Those two are kept here but have never been built or run on their systems.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "enablement.spec"
ICONS = ROOT / "build" / "bundle-icons"
NAME = "enablement-hub"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder"
    )
    parser.add_argument("--no-tarball", action="store_true", help="Linux: build the folder only")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(
            "build_bundle: PyInstaller is missing; install the bundle extra: pip install '.[bundle]'",
            file=sys.stderr,
        )
        return 2
    for qm in ("enablement_en.qm", "enablement_ru.qm"):
        if not (ROOT / "resources" / "translations" / qm).is_file():
            print(
                f"build_bundle: resources/translations/{qm} is missing "
                "(run resources/translations/update.sh)",
                file=sys.stderr,
            )
            return 2

    started = time.monotonic()
    draw_icons(ICONS)
    folder = run_pyinstaller(args.dist.resolve(), args.work.resolve())
    print(f"build_bundle: {folder} ({human(du(folder))})")
    if sys.platform.startswith("linux"):
        add_linux_files(folder)
        if not args.no_tarball:
            tarball = pack_tarball(folder)
            print(f"build_bundle: {tarball} ({human(tarball.stat().st_size)})")
    print(f"build_bundle: done in {time.monotonic() - started:.0f} s")
    return 0


def draw_icons(out: Path) -> None:
    """app.svg -> app.png (256 px), and app.ico / app.icns where the system needs them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication([])
    svg = (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    png = out / "app.png"
    if not image.save(str(png)):
        raise SystemExit(f"build_bundle: could not write {png}")
    del app
    shutil.copyfile(ROOT / "resources" / "icons" / "app.svg", out / "app.svg")
    if sys.platform in ("win32", "darwin"):
        from PIL import Image

        with Image.open(png) as picture:
            if sys.platform == "win32":
                picture.save(
                    out / "app.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
                )
            else:
                picture.save(out / "app.icns")


def run_pyinstaller(dist: Path, work: Path) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    print("build_bundle: " + " ".join(command), flush=True)
    # PyInstaller's cache of analysed binaries would go to ~/.cache: keep it in the work folder.
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "config")}
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return dist / NAME


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from enablement import __version__

    return __version__


def add_linux_files(folder: Path) -> None:
    """The .desktop entry, the icon, the installer and the version, beside the executable."""
    sys.path.insert(0, str(ROOT))
    from enablement.desktop import DESKTOP_ID, ICON_NAME, desktop_entry

    # `enablement` on PATH: install.sh links ~/.local/bin/enablement and rewrites the entry with the
    # installed path through `enablement register-links`; this copy is for people who unpack by hand.
    (folder / DESKTOP_ID).write_text(desktop_entry(["enablement"]), encoding="utf-8")
    shutil.copyfile(ICONS / "app.svg", folder / f"{ICON_NAME}.svg")
    shutil.copyfile(ICONS / "app.png", folder / f"{ICON_NAME}.png")
    install = folder / "install.sh"
    shutil.copyfile(ROOT / "packaging" / "linux" / "install.sh", install)
    install.chmod(0o755)
    (folder / "VERSION").write_text(version() + "\n", encoding="utf-8")


def pack_tarball(folder: Path) -> Path:
    tarball = folder.parent / f"{NAME}-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=NAME)
    return tarball


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def human(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GiB"


if __name__ == "__main__":
    raise SystemExit(main())
