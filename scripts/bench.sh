#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/bench.sh [NAME...]: builds in Release, generates the portfolios the benchmarks need
# (cached in build-release/bench-data), runs the named benchmarks (all without names) and prints
# one line per figure: `NAME: VALUE UNIT`, `NAME.peer: ...`, `NAME.ratio: ...`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-release"
"$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DPARTNERSCOPE_BUILD_TESTS=OFF -DPARTNERSCOPE_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "${PARTNERSCOPE_JOBS:-2}" --target partnerscope partnerscope_bench >/dev/null

data="$build/bench-data"
mkdir -p "$data"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
if [ ! -f "$data/bench-100k.partnerscope" ]; then
    "$build/app/partnerscope" generate --partners 100000 --icps 50 --seed 42 \
        -o "$data/bench-100k.partnerscope" >&2
fi
exec "$build/tests/bench/partnerscope_bench" --work-dir "$data" "$@"
