#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Builds the wire-page fuzzer with Clang (libFuzzer + AddressSanitizer) and
# runs it for SECONDS, then prints executions, coverage and any crash.
#
#   tests/fuzz/run-fuzzer.sh [SECONDS]        (default 600)
#
# Build folder: $COPYDESK_FUZZ_BUILD_DIR, or build-fuzz in the checkout.
# The fuzzer works on a copy of tests/fuzz/corpus/wireimporter (plus the
# shared sample page when ../shared is there), kept in the build folder so
# that later runs start from what earlier runs found. Crashing inputs land
# in <build>/fuzz-artifacts/; copy one into the corpus folder once it is
# fixed, so ctest replays it from then on.
set -euo pipefail

seconds=${1:-600}
case $seconds in
'' | *[!0-9]*)
    echo "usage: $0 [SECONDS]" >&2
    exit 2
    ;;
esac

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${COPYDESK_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
shared_dir=${COPYDESK_SHARED_DIR:-$source_dir/../shared}
jobs=${COPYDESK_FUZZ_JOBS:-2}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

find_tool() {
    local name
    for name in "$@"; do
        if command -v "$name" >/dev/null; then
            command -v "$name"
            return
        fi
    done
    echo "None of $* is installed; the fuzzer needs Clang and libFuzzer (clang, libclang-rt-14-dev)." >&2
    exit 1
}
cxx=$(find_tool clang++ clang++-14)

# The same KSyntaxHighlighting as packaging/debian/setup.sh finds: a
# distribution's KF6 build needs no prefix, otherwise the cached Qt 6 build.
ksyntaxhighlighting_prefix() {
    if dpkg-query -W -f='${Status}' libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'install ok installed'; then
        return
    fi
    "$source_dir/packaging/debian/build-ksyntaxhighlighting.sh" | tail -n 1
}

if [ ! -f "$build_dir/build.ninja" ]; then
    prefix=$(ksyntaxhighlighting_prefix)
    say "Configuring the fuzz build in $build_dir"
    # Warnings are not errors here: this build looks for crashes, and Clang
    # warns about things GCC (the checked build) does not.
    cmake -S "$source_dir" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$cxx" \
        -DCOPYDESK_BUILD_FUZZERS=ON -DCOPYDESK_BUILD_UI=OFF -DCOPYDESK_BUILD_BENCHMARKS=OFF \
        -DCOPYDESK_WERROR=OFF \
        ${prefix:+-DCMAKE_PREFIX_PATH="$prefix"} >&2
fi
say "Building fuzz_wireimporter"
cmake --build "$build_dir" --target fuzz_wireimporter --parallel "$jobs" >&2

corpus=$build_dir/fuzz-corpus/wireimporter
artifacts=$build_dir/fuzz-artifacts/wireimporter
mkdir -p "$corpus" "$artifacts"
cp "$here"/corpus/wireimporter/* "$corpus"/
if [ -f "$shared_dir/samples/wire-page-sample.txt" ]; then
    cp "$shared_dir/samples/wire-page-sample.txt" "$corpus/shared-wire-page-sample.txt"
fi
started=$build_dir/fuzz-wireimporter.started
touch "$started"

log=$build_dir/fuzz-wireimporter.log
say "Fuzzing for $seconds s (log: $log)"
status=0
# -timeout: a page of at most 64 kB that takes seconds to read is a bug too.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
    "$build_dir/tests/fuzz/fuzz_wireimporter" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -dict="$here/wireimporter.dict" \
    -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$corpus" >"$log" 2>&1 || status=$?

last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
coverage=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
features=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
corpus_size=$(find "$corpus" -type f | wc -l)
found=$(find "$artifacts" -type f -newer "$started" | sort)

echo "wire-page fuzzer: ${seconds} s, ${executions:-?} executions (${speed:-?}/s), coverage ${coverage:-?} edges, ${features:-?} features, corpus ${corpus_size} inputs"
if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    echo "FOUND A PROBLEM (exit status $status); inputs that show it:"
    echo "${found:-  (none written; see $log)}"
    grep -E 'ERROR: |invariant broken|SUMMARY:|==[0-9]+==' "$log" | head -n 20 || true
    exit 1
fi
echo "No crash, leak, timeout or broken invariant."
