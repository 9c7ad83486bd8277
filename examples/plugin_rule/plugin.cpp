// The plugin's entry point: `fflab --plugin target_mse.so` calls it once.
#include "target_mse_rule.hpp"

extern "C" void fflab_plugin_register() { my_rules::register_target_mse(); }
