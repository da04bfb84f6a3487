#!/bin/sh
# Renders the main views of InnoAtlas offscreen, in Korean and in English, into docs/screenshots/.
#
#   docs/make-screenshots.sh [BUILD_DIR]      (default: build)
#
# Each picture starts from a fresh database made from the built-in dataset and from empty
# settings, so the pictures do not depend on the machine or on the user's own choices.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-"$root/build"}
app="$build/app/innoatlas"
out="$here/screenshots"

if [ ! -x "$app" ]; then
    echo "make-screenshots: $app not found; build first (cmake --build build --target innoatlas)" >&2
    exit 2
fi
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# shot NAME LANG [options...]: one picture, 1600x1000, from fresh settings.
shot() {
    name=$1
    lang=$2
    shift 2
    rm -f "$work/settings.ini"
    "$app" --database "$work/innoatlas.sqlite" --settings "$work/settings.ini" --lang "$lang" \
        --size 1600x1000 --screenshot "$out/$name-$lang.png" "$@"
    echo "$out/$name-$lang.png"
}

for lang in ko en; do
    shot overview "$lang"
    shot plan "$lang" --select plan.daejeon-space-2023
    shot city "$lang" --select region.daejeon
    shot search "$lang" --search 머크 --select bl.daejeon-gia.merck
    shot correction "$lang" --select bl.daejeon-smart.total-2022-2025
done
shot workspace en --select plan.daejeon-space-2023 --workspace
shot workspace ko --select plan.daejeon-space-2023 --workspace
shot both-languages ko --content both --select plan.busan-digital-2030
shot dark en --theme dark --select plan.gwangju-ai-2020
shot high-contrast ko --theme high-contrast --select plan.daejeon-space-2023
