# fflab_add_plugin(<target> <source>...): a shared module that `fflab --plugin
# <file>` loads. It defines extern "C" void fflab_plugin_register() and is
# compiled with the headers, definitions and flags of the fflab binary (the
# container types depend on them), linking none of its libraries: their
# symbols come from the binary that loads it. Every plugin carries the build
# tag of the settings it was compiled with (fflab/core/build_tag.hpp); the
# loader refuses a plugin whose tag differs from its own.
function(fflab_add_plugin target)
  add_library(${target} MODULE ${ARGN} "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/fflab_plugin_build_tag.cpp")
  target_link_libraries(${target} PRIVATE fflab::plugin_api)
  set_target_properties(${target} PROPERTIES PREFIX "")
endfunction()
