#!/bin/sh
# SPDX-License-Identifier: MIT
# Rewrites the golden files in tests/data/render, tests/data/publish,
# tests/data/feeds (ninjs, Atom, JSON Feed) and tests/data/lifecycle (a
# story's publication, updates, correction, withdrawal and republication)
# from the renderers as they are now. Review the result with
# `git diff tests/data` before you commit it:
# every change there is a change readers will see.
#
# Usage: tests/data/update-golden.sh [BUILD_DIR]   (default: build)
set -eu

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-build}
case $build_dir in
/*) ;;
*) build_dir=$source_dir/$build_dir ;;
esac

cmake --build "$build_dir" --target tst_core_storypage tst_core_folderdestination \
    tst_core_ninjs tst_core_atomfeed tst_core_jsonfeed tst_core_lifecycle
COPYDESK_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build_dir/tests/tst_core_storypage" golden
COPYDESK_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build_dir/tests/tst_core_folderdestination" \
    changedSlugLeavesAPointer
COPYDESK_UPDATE_GOLDEN=1 "$build_dir/tests/tst_core_ninjs" golden
COPYDESK_UPDATE_GOLDEN=1 "$build_dir/tests/tst_core_atomfeed" goldenEntry goldenFeed
COPYDESK_UPDATE_GOLDEN=1 "$build_dir/tests/tst_core_jsonfeed" goldenItem goldenFeed
COPYDESK_UPDATE_GOLDEN=1 "$build_dir/tests/tst_core_lifecycle" sequence
git -C "$source_dir" status --short -- tests/data/render tests/data/publish tests/data/feeds \
    tests/data/lifecycle
