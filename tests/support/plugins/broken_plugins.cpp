// Two plugins that must fail to load, each built from this file with one
// definition: FFLAB_TEST_CLASH registers a rule under a built-in name ("dfa"),
// FFLAB_TEST_NO_ENTRY has no fflab_plugin_register() at all.
#include "support/target_mse_rule.hpp"

#if defined(FFLAB_TEST_CLASH)
extern "C" void fflab_plugin_register() {
  fflab::local_rule_registry().add({"dfa", "a second dfa", fflab::test::TargetMseRule::schema(),
                                    [](const fflab::Json& o) { return std::make_unique<fflab::test::TargetMseRule>(o); }});
}
#elif defined(FFLAB_TEST_NO_ENTRY)
extern "C" void fflab_plugin_registr() {}  // misspelt: not the entry point
#endif
