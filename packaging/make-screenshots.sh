#!/usr/bin/env bash
# Renders the screenshots that the AppStream metainfo points at (docs/screenshots/main-ko.png and
# main-en.png) from a build of the program, offscreen, on a fresh database made from the built-in
# dataset. Usage: packaging/make-screenshots.sh [build folder, default build]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
program="$build/app/innoatlas"
[ -x "$program" ] || { echo "$program not found: build the program first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p docs/screenshots
for lang in ko en; do
    QT_QPA_PLATFORM=offscreen "$program" --database "$work/screenshots.innoatlas" --lang "$lang" \
        --screenshot "docs/screenshots/main-$lang.png"
    echo "docs/screenshots/main-$lang.png"
done
