#pragma once
// FFLAB_SKIP(reason): ends the current test case as skipped. CTest reports it
// as "Skipped" (tests/CMakeLists.txt matches the "SKIPPED:" line).
#include <catch2/catch.hpp>

#define FFLAB_SKIP(reason)            \
  do {                                \
    WARN("SKIPPED: " << reason);      \
    return;                           \
  } while (false)
