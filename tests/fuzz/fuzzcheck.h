// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <cstdlib>

/// A property every input must keep; on violation the fuzzer (or the ctest replay) stops with
/// the reason, and libFuzzer saves the input as a crash.
#define PS_FUZZ_CHECK(condition, why)                                                              \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz property violated: %s (%s:%d)\n", why, __FILE__, __LINE__); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
