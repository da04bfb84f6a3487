#!/bin/sh
# Runs every benchmark of issue #7 and writes a results file (see docs/PERFORMANCE.md).
#   tests/bench/run-benchmarks.sh [--scale 1|10|100]... [-o FILE] [--build DIR] [--repeat N]
# Build first, in Release:
#   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build-rel --target \
#       innoatlas innoatlas-cli bench-search bench-chart bench-views bench-bare-window
exec python3 "$(dirname "$0")/run_benchmarks.py" "$@"
