#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up (packages, build) and runs every test with ctest; widget tests run offscreen.
# Extra arguments go to ctest, e.g. scripts/test.sh -R core_
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" "$root/build"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$root/build" --output-on-failure -j "${PARTNERSCOPE_JOBS:-2}" "$@"
