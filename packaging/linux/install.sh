#!/bin/sh
# Install (or update) Enablement Hub for the current user, from the unpacked bundle folder:
#
#   tar xzf enablement-hub-*.tar.gz && enablement-hub/install.sh
#
# Copies this folder to ~/.local/opt/enablement-hub (PREFIX=... to put it elsewhere), replacing
# an older version whole, links ~/.local/bin/enablement to it, puts the icon into the icon
# theme, and writes the menu entry that also makes enablement:// links open the app
# (`enablement register-links`). No administrator rights.
#
# An update keeps everything of yours: the library lives in ~/.local/share/EnablementHub and the
# settings in ~/.config/EnablementHub, never inside the installed folder, and a newer app
# migrates an older library when it opens it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$HOME/.local/share}
dest=$prefix/opt/enablement-hub

[ -x "$here/enablement" ] || { echo "install.sh: run it from the unpacked enablement-hub folder" >&2; exit 1; }
if [ "$here" = "$dest" ]; then
    echo "install.sh: this is already the installed copy ($dest)" >&2
    exit 1
fi

mkdir -p "$prefix/opt" "$prefix/bin" "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/256x256/apps"
# Copy beside the old version first, then swap: a failed copy leaves the old version working.
rm -rf "$dest.new" "$dest.old"
cp -a "$here" "$dest.new"
if [ -e "$dest" ]; then mv "$dest" "$dest.old"; fi
mv "$dest.new" "$dest"
rm -rf "$dest.old"

ln -sf "$dest/enablement" "$prefix/bin/enablement"
cp "$dest/enablement-hub.svg" "$data/icons/hicolor/scalable/apps/enablement-hub.svg"
cp "$dest/enablement-hub.png" "$data/icons/hicolor/256x256/apps/enablement-hub.png"
# The menu entry and the enablement:// handler, written by the app itself with its installed path.
"$dest/enablement" register-links
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data/applications" >/dev/null 2>&1 || true
fi
echo "Enablement Hub $(cat "$dest/VERSION") installed in $dest; start it from the menu or with: $prefix/bin/enablement"
