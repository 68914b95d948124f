#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/bench.sh [NAME...]: builds in Release, generates the portfolios the benchmarks need
# (cached in build-release/bench-data, regenerated when the file format changes), runs the named
# benchmarks (all without names) and prints one line per figure: `NAME: VALUE UNIT`,
# `NAME.peer: ...`, `NAME.ratio: ...`. Core benchmarks run in partnerscope_bench; benchmarks that
# paint widgets run in partnerscope_bench_ui (under an offscreen QApplication).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-release"
"$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DPARTNERSCOPE_BUILD_TESTS=OFF -DPARTNERSCOPE_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "${PARTNERSCOPE_JOBS:-2}" \
      --target partnerscope partnerscope_bench partnerscope_bench_ui >/dev/null

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
app="$build/app/partnerscope"
core_bench="$build/tests/bench/partnerscope_bench"
ui_bench="$build/tests/bench/partnerscope_bench_ui"
data="$build/bench-data"
mkdir -p "$data"

# A cached portfolio written by an older file format would measure the upgrade, not the open.
portfolio="$data/bench-100k.partnerscope"
written=$(sqlite3 "$portfolio" 'PRAGMA user_version' 2>/dev/null || echo none)
current=$("$app" demo -o "$data/.format-probe.partnerscope" >/dev/null &&
          sqlite3 "$data/.format-probe.partnerscope" 'PRAGMA user_version')
rm -f "$data/.format-probe.partnerscope"
if [ "$written" != "$current" ]; then
    "$app" generate --partners 100000 --icps 50 --seed 42 -o "$portfolio" >&2
fi

core_names=$("$core_bench" --list)
ui_names=$("$ui_bench" --list)
core_args=()
ui_args=()
for name in "$@"; do
    if grep -qx -- "$name" <<<"$core_names"; then core_args+=("$name")
    elif grep -qx -- "$name" <<<"$ui_names"; then ui_args+=("$name")
    else echo "bench.sh: unknown benchmark \"$name\"; known: $(echo $core_names $ui_names)" >&2; exit 1
    fi
done
status=0
if [ $# -eq 0 ] || [ ${#core_args[@]} -gt 0 ]; then
    "$core_bench" --work-dir "$data" "${core_args[@]}" || status=$?
fi
if [ $# -eq 0 ] || [ ${#ui_args[@]} -gt 0 ]; then
    "$ui_bench" --work-dir "$data" "${ui_args[@]}" || status=$?
fi
exit $status
