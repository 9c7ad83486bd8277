// The target_mse rule of tests/support/target_mse_rule.hpp as a plugin:
// `fflab --plugin target_mse_plugin.so run manifest.json` trains it.
#include "support/target_mse_rule.hpp"

extern "C" void fflab_plugin_register() { fflab::test::register_target_mse(); }
