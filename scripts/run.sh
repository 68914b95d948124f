#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up (packages, build) and opens Partnerscope on the built-in demo portfolio.
# Extra arguments go to the application, e.g. scripts/run.sh path/to/file.partnerscope
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" "$root/build"
if [ $# -eq 0 ]; then
    set -- --demo
fi
exec "$root/build/app/partnerscope" "$@"
