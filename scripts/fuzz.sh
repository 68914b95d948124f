#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan, build-fuzz/) and runs each
# for a bounded time, starting from its seed corpus in tests/fuzz/corpus/<target>/ and the kept
# crashes in tests/fuzz/regressions/<target>/.
#   scripts/fuzz.sh [TARGET...]     targets: portfolio csv import accounts psx statusrules
#                                   (default: all)
#   FUZZ_SECONDS=60                 seconds per target
# New corpus entries go to build-fuzz/corpus/<target>/ (not the source tree). A crashing input is
# copied to tests/fuzz/regressions/<target>/ so ctest replays it from then on (fuzz_<target>);
# fix the bug, then commit the input with the fix.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-fuzz"
seconds=${FUZZ_SECONDS:-60}
jobs=${PARTNERSCOPE_JOBS:-2}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(portfolio csv import accounts psx statusrules)

"$root/scripts/setup.sh"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
generator=()
[ -f "$build/CMakeCache.txt" ] || generator=(-G Ninja)
cmake -S "$root" -B "$build" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DPARTNERSCOPE_FUZZ=ON \
    -DPARTNERSCOPE_BUILD_TESTS=OFF -DPARTNERSCOPE_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
status=0
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    crashes="$build/crashes/$target"
    seeds="$root/tests/fuzz/corpus/$target"
    regressions="$root/tests/fuzz/regressions/$target"
    # Findings of earlier runs are already kept in tests/fuzz/regressions: this run starts empty.
    rm -rf "$crashes"
    mkdir -p "$corpus" "$crashes"
    inputs=("$corpus" "$seeds")
    [ -d "$regressions" ] && inputs+=("$regressions")
    echo "fuzz: $target for $seconds s"
    log="$build/fuzz_$target.log"
    set +e
    (cd "$crashes" && "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" \
        -timeout=20 -rss_limit_mb=2048 -max_len=1048576 -print_final_stats=1 \
        "${inputs[@]}") >"$log" 2>&1
    rc=$?
    set -e
    grep -E '^stat::(number_of_executed_units|new_units_added|peak_rss_mb)|^#[0-9]+ +DONE' "$log" \
        | sed "s/^/fuzz: $target: /" || true
    found=$(find "$crashes" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
        -o -name 'oom-*' \) | sort)
    if [ -n "$found" ] || [ $rc -ne 0 ]; then
        status=1
        mkdir -p "$regressions"
        for f in $found; do
            cp "$f" "$regressions/"
            echo "fuzz: $target: FINDING kept as tests/fuzz/regressions/$target/$(basename "$f")"
        done
        echo "fuzz: $target: exit $rc, see $log" >&2
        grep -E 'ERROR|SUMMARY|fuzz property|runtime error' "$log" | head -5 >&2 || true
    fi
done
exit $status
