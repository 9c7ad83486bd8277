// A seeded mutation test of the manifest loader: thousands of damaged
// manifests, each either loads or is refused with a fflab error (a one-line
// message naming the JSON pointer); never a crash, a hang or a raw library
// exception. Under the asan preset it also checks memory safety.
#include <catch2/catch.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/manifest.hpp"
#include "support/fixtures.hpp"
#include "support/manifests.hpp"
#include "support/mutations.hpp"

using namespace fflab;

TEST_CASE("mutated manifests load or are refused with a fflab error", "[manifest][fuzz]") {
  const std::vector<std::string> tokens = {
      "{", "}", "[", "]", "\"", ":", ",", "null", "true", "-1", "0", "1e999", "-1e999", "1e308", "1.5",
      "99999999999999999999", "\"type\"", "\"units\"", "\"seeds\"", "\"\\u0000\"", "\"\\ud800\"", "[[[[[[[[",
      "{\"type\": \"dense\"}", "\"relu\"", "\"mnist\"", "\"evaluation\": {}", std::string(150, '['), "\xff\xfe"};
  Json m = fflab::test::tiny_manifest();
  m["evaluation"] = {{"procedures", Json::array({Json{{"type", "softmax"}}})}};
  const std::string original = m.dump(1);
  fflab::test::TempDir dir;
  const auto file = dir / "m.json";
  fflab::test::Mutator mutator(20261205, tokens);
  std::size_t loaded = 0, refused = 0;
  for (int i = 0; i < 3000; ++i) {
    const std::string text = mutator.mutate(original);
    fflab::test::write_text(file, text);
    try {
      load_manifest(file);
      ++loaded;
    } catch (const Error& e) {
      ++refused;
      const std::string what = e.what();
      if (what.find('\n') != std::string::npos || what.size() > 2000) {
        INFO("mutant " << i << ": " << text);
        FAIL("a message over one line or 2000 characters: " << what);
      }
    } catch (const std::exception& e) {
      INFO("mutant " << i << ": " << text);
      FAIL("not a fflab error: " << e.what());
    }
  }
  CHECK(refused > 1000);  // the mutations do damage
  CHECK(loaded > 0);      // and some are harmless
}
