#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The crash harness at full length (the test suite runs it 20 times): the
# window types into a story at a human pace and is killed with SIGKILL at a
# random moment, RUNS times; every start after a kill must offer the typing
# back, missing at most its last second. Prints the share of runs where it
# was offered and how much typing was lost (median and worst).
#
#   tests/bench/run-crash-harness.sh [RUNS]     (default 200)
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${COPYDESK_BUILD_DIR:-$source_dir/build}
runs=${1:-200}

"$source_dir/packaging/debian/setup.sh" build >/dev/null 2>&1
COPYDESK_CRASH_RUNS=$runs QTEST_FUNCTION_TIMEOUT=$((runs * 20000 + 60000)) QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="copydesk.*.info=false;qt.*=false" \
    "$build_dir/tests/tst_ui_crashrecovery" -maxwarnings 0 2>&1 \
    | sed -n -e 's/^QINFO  : [^ ]* \(crash harness: .*\)$/\1/p' -e '/^FAIL/,/Loc:/p' -e '/^Totals/p'
