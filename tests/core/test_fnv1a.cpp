#include <catch2/catch.hpp>

#include "fflab/core/fnv1a.hpp"

TEST_CASE("fnv1a64_hex gives the published FNV-1a 64 values", "[fnv1a]") {
  // Offset basis for the empty string; "a" and "foobar" from the FNV reference test vectors.
  CHECK(fflab::fnv1a64_hex("") == "cbf29ce484222325");
  CHECK(fflab::fnv1a64_hex("a") == "af63dc4c8601ec8c");
  CHECK(fflab::fnv1a64_hex("foobar") == "85944171f73967e8");
  CHECK(fflab::fnv1a64_hex(std::string_view("\0", 1)) != fflab::fnv1a64_hex(""));
}
