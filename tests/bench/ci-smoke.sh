#!/bin/sh
# CI smoke run of the benchmarks (docs/PERFORMANCE.md): every benchmark once, at 0.2 % of national
# scale, so that they keep building and running (in a sanitized build, under the sanitizers too).
# Fails when a benchmark does not run to the end; the figures are written to
# BUILD/benchmark-smoke.md and not judged (CI machines vary too much).
#   tests/bench/ci-smoke.sh [BUILD_DIR]      (default: build)
set -eu
build=${1:-build}
# A sanitized build's programs run with the settings of its tests (every report is fatal).
if [ -f "$build/sanitizer-env.sh" ]; then
    . "$build/sanitizer-env.sh"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/innoatlas-bench-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
python3 "$(dirname "$0")/run_benchmarks.py" --scale 0.2 --repeat 1 --timeout 300 --build "$build" \
    --work "$work" -o "$build/benchmark-smoke.md"
