#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up (packages, build) and runs every test with ctest, twice: the normal build (build/),
# then the whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/,
# Debug at -O1; see docs/robustness.md). Widget tests run offscreen.
# Extra arguments go to both ctest runs, e.g. scripts/test.sh -R core_
# PARTNERSCOPE_SANITIZE=0 skips the sanitizer run (a quick local check).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=${PARTNERSCOPE_JOBS:-2}
export QT_QPA_PLATFORM=offscreen

start=$SECONDS
"$root/scripts/build.sh" "$root/build"
ctest --test-dir "$root/build" --output-on-failure -j "$jobs" "$@"
echo "test: normal build and tests took $((SECONDS - start)) s"

if [ "${PARTNERSCOPE_SANITIZE:-1}" = 0 ]; then
    exit 0
fi

start=$SECONDS
asan_dir="$root/build-asan"
generator=()
if [ ! -f "$asan_dir/CMakeCache.txt" ] && command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# -O1 keeps the instrumented tests fast enough for CI; benchmarks are not tests. The project's
# libraries are shared here: ~120 statically linked ASan test executables fill 18 GB of disk.
cmake -S "$root" -B "$asan_dir" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DPARTNERSCOPE_SANITIZE=ON -DPARTNERSCOPE_BUILD_BENCH=OFF -DPARTNERSCOPE_SHARED_LIBS=ON \
    >/dev/null
cmake --build "$asan_dir" -j "$jobs"

# Any finding stops the test that made it. Leaks are reported too; the suppressions name only
# leaks inside third-party libraries (each one is explained in the file).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
# Leak detection runs on the core suites and fuzz replays, which own every allocation they
# make. The widget and command-line suites run with it off: Qt's platform plugin, fontconfig and
# the font database keep process-lifetime caches that LeakSanitizer reports at exit; every other
# ASan and UBSan check stays on for them.
ctest --test-dir "$asan_dir" --output-on-failure -j "$jobs" --timeout 900 -R '^(core_|fuzz_)' "$@"
ASAN_OPTIONS="${ASAN_OPTIONS/detect_leaks=1/detect_leaks=0}" \
    ctest --test-dir "$asan_dir" --output-on-failure -j "$jobs" --timeout 900 -E '^(core_|fuzz_|packaging_)' \
    "$@"
echo "test: sanitizer build and tests took $((SECONDS - start)) s"
