#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest browser_voting: installs puppeteer-core from package-lock.json into the build folder
# (npm ci, from npm's cache when it can), then drives the voting page in Debian's headless
# Chromium. Usage: run.sh PARTNERSCOPE_BINARY WORK_DIR. A missing browser is a failure, not a
# skip: scripts/setup.sh installs it.
set -euo pipefail
binary=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
chromium=${PARTNERSCOPE_CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$chromium" ]; then
    echo "browser_voting: FAILED: $chromium is missing; run scripts/setup.sh (Debian package chromium)." >&2
    exit 1
fi
for tool in node npm; do
    if ! command -v "$tool" >/dev/null; then
        echo "browser_voting: FAILED: $tool is missing; run scripts/setup.sh." >&2
        exit 1
    fi
done

mkdir -p "$work"
# Reinstall only when the lock file changed since the last install.
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules" ]; then
    cp "$here/package.json" "$here/package-lock.json" "$work/"
    (cd "$work" && npm ci --prefer-offline --no-audit --no-fund --ignore-scripts --loglevel=error)
fi
PS_NODE_MODULES="$work" PS_CHROMIUM="$chromium" exec node "$here/voting.test.mjs" "$binary"
