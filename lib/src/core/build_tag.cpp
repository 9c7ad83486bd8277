#include "fflab/core/build_tag.hpp"

#include <xsimd/xsimd.hpp>

namespace fflab {

static_assert(FFLAB_TAG_ALIGNMENT == 0 || XTENSOR_DEFAULT_ALIGNMENT == FFLAB_TAG_ALIGNMENT,
              "fflab/core/build_tag.hpp names another SIMD alignment than xsimd's default architecture");

const char* build_tag() { return FFLAB_BUILD_TAG; }

}  // namespace fflab
