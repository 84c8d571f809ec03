#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Takes the README's picture of the main window: a new library with the
# sample story, on a virtual X server, the preview drawn. Settings and the
# library go to a throwaway folder so the user's own are never touched.
#
#   packaging/screenshot.sh [OUTPUT.png] [BUILD_DIR]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
output=${1:-$here/screenshots/main-window.png}
build_dir=${2:-$here/../build}
app="$build_dir/app/copydesk"
[ -x "$app" ] || { echo "No $app: build first (packaging/debian/setup.sh build)." >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb xauth" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$(dirname "$output")"
XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run" \
    timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$app" --library "$scratch/library.sqlite" --screenshot "$output"
echo "Wrote $output"
