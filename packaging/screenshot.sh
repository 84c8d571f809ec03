#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Takes the README's pictures of the main window: a new library with the
# sample story, on a virtual X server, the preview drawn; then the same
# with the ninjs tab open; the window on a 1280×720 laptop, a 1920×1080
# desktop and a 1280×720 screen at scale factor 2 (first start, the layout
# fitted to the screen); and an Arabic story with the window in Arabic.
# Settings and the library go to a throwaway folder so the user's own are
# never touched.
#
#   packaging/screenshot.sh [OUTPUT.png] [BUILD_DIR]
#
# The other pictures are written beside OUTPUT.
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

cli="$build_dir/app/copydesk-cli"
folder=$(dirname "$output")

# shot NAME OUTPUT SCREEN [settings lines]: one run of the app on its own
# library and settings, on a virtual screen of SCREEN pixels (WxH); APP_ARGS
# and QT_SCALE_FACTOR pass through.
shot() {
    local name=$1 file=$2 screen=$3
    shift 3
    mkdir -p "$scratch/$name/config/Copydesk" "$scratch/$name/run"
    chmod 700 "$scratch/$name/run"
    printf '%s\n' "$@" >"$scratch/$name/config/Copydesk/Copydesk.conf"
    XDG_CONFIG_HOME="$scratch/$name/config" XDG_DATA_HOME="$scratch/$name/data" \
        XDG_RUNTIME_DIR="$scratch/$name/run" \
        timeout 120 xvfb-run -a -s "-screen 0 ${screen}x24" \
        "$app" --library "$scratch/$name/library.sqlite" --screenshot "$file" ${APP_ARGS:-}
    echo "Wrote $file"
}

# The main pictures keep the layout of a desk that has been arranged.
arranged=('[window]' 'outputTab=0')
shot main "$output" 1600x1000 "${arranged[@]}"
shot outputs "$folder/output-tabs.png" 1600x1000 \
    '[window]' 'outputTab=1' '[publishing]' 'baseUrl=https://news.example/'

# First starts on three screens: the layout fits itself to each.
shot laptop "$folder/laptop-1280x720.png" 1280x720
shot desktop "$folder/desktop-1920x1080.png" 1920x1080
QT_SCALE_FACTOR=2 shot scaled "$folder/laptop-scale2.png" 2560x1440

# An Arabic story, imported from wire text, in the window speaking Arabic.
mkdir -p "$scratch/arabic"
"$cli" --library "$scratch/arabic/library.sqlite" import-wire "$here/screenshots/arabic-wire.txt" >/dev/null
story=$("$cli" --library "$scratch/arabic/library.sqlite" list --json |
    /usr/bin/python3 -c 'import json,sys; print(next(s["id"] for s in json.load(sys.stdin) if "جنيف" in s["headline"]))')
"$cli" --library "$scratch/arabic/library.sqlite" set "$story" --language ar >/dev/null
APP_ARGS="--language ar" shot arabic "$folder/arabic-story.png" 1600x1000


# The spelling suggestions, drawn by the spelling test on its own window.
mkdir -p "$scratch/spelling/run" && chmod 700 "$scratch/spelling/run"
HOME="$scratch/spelling" XDG_RUNTIME_DIR="$scratch/spelling/run" COPYDESK_SCREENSHOT_DIR="$folder" \
    timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build_dir/tests/tst_ui_spellingui" theContextMenuOffersSuggestions >/dev/null
echo "Wrote $folder/spelling-suggestions.png"

# The captions desk with the sample story and the shared wire page imported.
mkdir -p "$scratch/captions/run" && chmod 700 "$scratch/captions/run"
HOME="$scratch/captions" XDG_RUNTIME_DIR="$scratch/captions/run" COPYDESK_SCREENSHOT_DIR="$folder" \
    COPYDESK_SHARED_DIR="${COPYDESK_SHARED_DIR:-$here/../../shared}" \
    timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build_dir/tests/tst_ui_captionsdesk" theDayAtTheDesk >/dev/null
echo "Wrote $folder/captions-desk.png"
