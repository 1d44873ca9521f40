#pragma once

// Shared by the fuzz targets: a property that must hold for every input. A failed check
// aborts, so libFuzzer (and the replay runner) report the input as a crash.

#include <cstdio>
#include <cstdlib>

#define LEADBRIDGE_FUZZ_CHECK(condition, what)                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d): %s\n", #condition, __FILE__,      \
                __LINE__, what);                                                                   \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
