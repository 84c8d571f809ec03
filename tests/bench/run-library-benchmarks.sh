#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The library at a real desk's size, as one table (see bench_library.cpp):
# builds what is missing, installs the tools the baselines need (Hugo, GNU
# time), generates the benchmark libraries once into ~/.cache/copydesk/bench
# (outside the clone) and prints the figures the README quotes.
#
#   tests/bench/run-library-benchmarks.sh [--runs N] [--quick] [--only FIGURES]
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${COPYDESK_BUILD_DIR:-$source_dir/build}

missing=()
for package in hugo time; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
        || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends \
        "${missing[@]}"
fi

"$source_dir/packaging/debian/setup.sh" build
QT_LOGGING_RULES="*.info=false;qt.*=false" \
    exec "$build_dir/tests/bench/bench_library" "$@" 2>/dev/null
