#include <catch2/catch.hpp>

#include "fflab/experiment/reference.hpp"
#include "support/fixtures.hpp"

TEST_CASE("docs/manifest.md is the reference generated from the code", "[docs]") {
  const std::string committed = fflab::test::read_text(std::string(FFLAB_SOURCE_DIR) + "/docs/manifest.md");
  const std::string generated = fflab::manifest_reference_markdown();
  INFO("regenerate with: build/release/lib/fflab list --markdown > docs/manifest.md");
  CHECK(committed == generated);
  CHECK_THAT(generated, Catch::Contains("### `dense`") && Catch::Contains("### `backprop`") &&
                            Catch::Contains("`seeds`"));
}
