// Compiled into every plugin by fflab_add_plugin(): the plugin's build tag
// (fflab/core/build_tag.hpp), which `fflab --plugin` reads from the file and
// compares with its own before it loads the plugin.
#include <xsimd/xsimd.hpp>

#include "fflab/core/build_tag.hpp"

static_assert(FFLAB_TAG_ALIGNMENT == 0 || XTENSOR_DEFAULT_ALIGNMENT == FFLAB_TAG_ALIGNMENT,
              "fflab/core/build_tag.hpp names another SIMD alignment than xsimd's default architecture");

extern "C" __attribute__((visibility("default"), used)) const char fflab_plugin_build_tag[] =
    FFLAB_PLUGIN_BUILD_TAG_MARKER FFLAB_BUILD_TAG "}";
