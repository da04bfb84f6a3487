#!/usr/bin/env bash
# Sets up InnoAtlas on Debian 12 and then starts it or runs its tests:
#   packaging/bootstrap.sh run  [app arguments]   install what is missing, build, start the app
#   packaging/bootstrap.sh test [ctest arguments] install what is missing, build, run every test
# Re-running is quick: installed packages and an up-to-date build are left as they are.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
[ $# -gt 0 ] && shift
case "$mode" in run | test) ;; *) echo "usage: $0 run|test [arguments]" >&2; exit 2 ;; esac

mapfile -t packages < <(grep -v '^\s*#' packaging/debian-build-deps.txt | grep -v '^\s*$')
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

build=${INNOATLAS_BUILD_DIR:-build}
[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build"

if [ "$mode" = run ]; then
    exec "$build/app/innoatlas" "$@"
fi
# PostgreSQL was installed above, so the server tests must find a server: they fail rather than skip.
export INNOATLAS_REQUIRE_POSTGRES=1
exec ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
