#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Takes the README's pictures of the main window: a new library with the
# sample story, on a virtual X server, the preview drawn; then the same
# with the ninjs tab open. Settings and the library go to a throwaway
# folder so the user's own are never touched.
#
#   packaging/screenshot.sh [OUTPUT.png] [BUILD_DIR]
#
# The second picture is written beside OUTPUT as output-tabs.png.
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

# shot NAME OUTPUT [settings lines]: one run of the app on its own library and settings.
shot() {
    local name=$1 file=$2
    shift 2
    mkdir -p "$scratch/$name/config/copydesk.example"
    printf '%s\n' "$@" >"$scratch/$name/config/copydesk.example/Copydesk.conf"
    XDG_CONFIG_HOME="$scratch/$name/config" XDG_DATA_HOME="$scratch/$name/data" \
        XDG_RUNTIME_DIR="$scratch/$name/run" \
        timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$app" --library "$scratch/$name/library.sqlite" --screenshot "$file"
    echo "Wrote $file"
}

shot main "$output"
shot outputs "$(dirname "$output")/output-tabs.png" \
    '[window]' 'outputTab=1' '[publishing]' 'baseUrl=https://news.example/'

