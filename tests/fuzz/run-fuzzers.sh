#!/usr/bin/env bash
# Runs each libFuzzer target of a WITH_FUZZERS build for a while.
#
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
#
# The seed corpora under tests/fuzz/corpus/<target> are read, never written: new inputs go to
# BUILD_DIR/fuzz-corpus/<target>, crashes to BUILD_DIR/fuzz-artifacts/<target>/. Exits non-zero
# when any target found a crash, a leak or a timeout; turn each one into a regression test
# (tests/reliability/TestBadInput.cpp) and add the input to the seed corpus.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
build="${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]}"
seconds="${2:-20}"
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(FuzzMoneyParser FuzzCsvReader FuzzJsonDataset FuzzXliffImport)
fi

export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC QT_LOGGING_RULES='*.debug=false'
failed=0
for target in "${targets[@]}"; do
    binary="$(find "$build" -type f -name "$target" -perm -u+x | head -n 1)"
    if [ -z "$binary" ]; then
        echo "run-fuzzers: $target is not built in $build (configure with -DWITH_FUZZERS=ON and clang)" >&2
        exit 2
    fi
    corpus="$build/fuzz-corpus/$target"
    artifacts="$build/fuzz-artifacts/$target/"
    mkdir -p "$corpus" "$artifacts"
    echo "== $target: $seconds s"
    # -rss_limit_mb: a dataset or XLIFF file that makes the reader hold gigabytes is a finding too.
    if ! "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts" "$corpus" "$here/corpus/$target" 2>"$build/fuzz-$target.log"; then
        echo "run-fuzzers: $target FAILED, see $build/fuzz-$target.log and $artifacts" >&2
        tail -n 40 "$build/fuzz-$target.log" >&2
        failed=1
    else
        grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE' "$build/fuzz-$target.log" || true
    fi
done
exit $failed
