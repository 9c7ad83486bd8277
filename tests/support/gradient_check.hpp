#pragma once
// The gradient checks of fflab::testing (fflab/testing/gradient_check.hpp),
// under the tests' own namespace.
#include "fflab/testing/gradient_check.hpp"

namespace fflab::test {
using namespace fflab::testing;
}  // namespace fflab::test
