#!/usr/bin/env bash
# Sets up InnoAtlas on Debian 12 and then starts it or runs its tests:
#   packaging/bootstrap.sh run  [app arguments]   install what is missing, build, start the app
#   packaging/bootstrap.sh test [ctest arguments] install what is missing, build (sanitized), run every test
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

if [ "$mode" = run ]; then
    build=${INNOATLAS_BUILD_DIR:-build}
    [ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build"
    exec "$build/app/innoatlas" "$@"
fi

# The tests run in a build of their own, compiled by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer (every report fails the test) and with the libFuzzer targets, which
# ctest runs briefly too. -O1 keeps the sanitized tests fast and their reports readable; lld links
# each of the hundred test programs about four times faster than the default linker, and a unity
# build (a few sources compiled as one) parses the headers once per batch of sources.
# INNOATLAS_SANITIZE=0 runs the same tests in the plain build instead.
if [ "${INNOATLAS_SANITIZE:-1}" = 0 ]; then
    build=${INNOATLAS_BUILD_DIR:-build}
    [ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
else
    build=${INNOATLAS_BUILD_DIR:-build-test}
    [ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DCMAKE_UNITY_BUILD=ON \
        -DWITH_ASAN=ON -DWITH_UBSAN=ON -DWITH_FUZZERS=ON
fi
cmake --build "$build"
# PostgreSQL was installed above, so the server tests must find a server: they fail rather than skip.
export INNOATLAS_REQUIRE_POSTGRES=1
exec ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
