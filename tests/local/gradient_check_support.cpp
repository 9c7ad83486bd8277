// Compiles the shared gradient checker into this test executable.
// tests/CMakeLists.txt builds only main.cpp and fixtures.cpp from support/;
// if support/gradient_check.cpp is ever added there, delete this file.
#include "support/gradient_check.cpp"  // NOLINT(bugprone-suspicious-include)
