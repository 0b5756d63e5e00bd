#!/bin/sh
# Refresh the .ts sources from the code (keeps existing translations) and compile them to .qm.
# Run from the repository root: sh resources/translations/update.sh
set -e
BIN="${PYSIDE6_BIN:-$(dirname "$(command -v python)")}"
# The UI, and the Qt-free packages whose messages are marked with QT_TRANSLATE_NOOP (enablement/messages.py).
SOURCES=$(find enablement -name '*.py' | sort)
for lang in en ru; do
    "$BIN/pyside6-lupdate" -no-obsolete -target-language "$lang" $SOURCES -ts "resources/translations/enablement_$lang.ts"
    "$BIN/pyside6-lrelease" "resources/translations/enablement_$lang.ts" -qm "resources/translations/enablement_$lang.qm"
done
