// program_output: a program's standard output, with its arguments passed as
// they are (no shell), and nullopt for a failure.
#include <catch2/catch.hpp>

#include "fflab/core/subprocess.hpp"

using namespace fflab;

TEST_CASE("program_output passes arguments untouched and reports failure", "[subprocess]") {
  CHECK(program_output({"printf", "%s|", "a b", "'$(echo x)'", "`echo y`"}) == "a b|'$(echo x)'|`echo y`|");
  CHECK(program_output({"sh", "-c", "echo out; echo err >&2"}) == "out\n");
  CHECK(program_output({"false"}) == std::nullopt);
  CHECK(program_output({"no-such-program-fflab"}) == std::nullopt);
  CHECK(program_output({}) == std::nullopt);
  // More than a pipe's buffer: read while the child writes.
  CHECK(program_output({"sh", "-c", "head -c 200000 /dev/zero | tr '\\000' x"}) == std::string(200000, 'x'));
}
