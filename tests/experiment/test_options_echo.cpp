// Every registered component whose options go into run records echoes every
// key of its schema, with the value the manifest section resolves to: a key
// left out of options() would silently vanish from the record.
#include <catch2/catch.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/testing/local_rule_check.hpp"

using namespace fflab;

namespace {

/// Whether `echoed` holds every key of `schema` with the value in `section`.
std::string missing_keys(const Schema& schema, const Json& echoed, const Json& section) {
  std::string missing;
  for (const KeySpec& key : schema.keys()) {
    const bool same = echoed.contains(key.name) &&
                      (echoed[key.name].is_number() && section[key.name].is_number()
                           ? std::abs(echoed[key.name].get<double>() - section[key.name].get<double>()) < 1e-6
                           : echoed[key.name] == section[key.name]);
    if (!same) missing += " " + key.name;
  }
  return missing;
}

/// A section naming `name`, with a small value for each required key (1,
/// or the key's least value when that is more: maxout's pieces).
Json minimal_section(const std::string& name, const Schema& schema) {
  Json section{{"type", name}};
  for (const KeySpec& key : schema.keys())
    if (key.required) section[key.name] = key.min && *key.min > 1 ? static_cast<int>(*key.min) : 1;
  return section;
}

}  // namespace

TEST_CASE("every local rule echoes every schema key into the record", "[options]") {
  for (const auto& [name, entry] : local_rule_registry().entries()) {
    INFO(name);
    const auto result = testing::check_rule_schema(minimal_section(name, entry.schema));
    INFO(result.report());
    CHECK(result.ok());
  }
}

TEST_CASE("every negative generator and layer echoes every schema key into the record", "[options]") {
  for (const auto& [name, entry] : negative_registry().entries()) {
    Json section = minimal_section(name, entry.schema);
    const auto generator = negative_registry().build(section, "/trainer/negatives");
    INFO(name << ": " << generator->options().dump());
    CHECK(generator->options()["type"] == name);
    CHECK(missing_keys(entry.schema, generator->options(), section).empty());
  }
  for (const auto& [name, entry] : layer_registry().entries()) {
    Json section = minimal_section(name, entry.schema);
    std::unique_ptr<Layer> layer;
    try {
      layer = build_layer(section, "/network/layers/0", FeatureShape::flat(4));
    } catch (const ConfigError&) {  // a layer for feature maps
      section = minimal_section(name, entry.schema);
      layer = build_layer(section, "/network/layers/0", FeatureShape{2, 3, 3});
    }
    INFO(name << ": " << layer->options().dump());
    CHECK(layer->options()["type"] == name);
    CHECK(missing_keys(entry.schema, layer->options(), section).empty());
  }
}

TEST_CASE("check_rule_schema finds a key that options() leaves out", "[options]") {
  // A rule that declares a key and writes options() by hand without it.
  struct Forgetful : LocalRule {
    std::string type() const override { return "forgetful_test_rule"; }
    LocalRuleNeeds needs() const override { return {}; }
    LocalRuleResult evaluate(const LocalRuleInput&, Matrix*) override { return {}; }
    Json options() const override { return Json{{"type", "forgetful_test_rule"}}; }
  };
  Schema schema;
  schema.optional("scale", KeyType::number, 2.0, "a scale");
  if (!local_rule_registry().contains("forgetful_test_rule"))
    local_rule_registry().add({"forgetful_test_rule", "test", schema, [](const Json&) { return std::make_unique<Forgetful>(); }});
  const auto result = testing::check_rule_schema(Json{{"type", "forgetful_test_rule"}});
  CHECK_FALSE(result.ok());
  CHECK_THAT(result.report(), Catch::Contains("options() leaves out \"scale\""));
}
