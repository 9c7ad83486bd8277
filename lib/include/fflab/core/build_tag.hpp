#pragma once
// FFLAB_BUILD_TAG: the settings that must agree between the fflab binary and
// a plugin it loads, read from the compiler's own state where this header is
// compiled: "key=value;..." with
//   fflab           the library version (fflab/version.hpp)
//   plugin_abi      the plugin interface's revision (FFLAB_PLUGIN_ABI, same file)
//   compiler        compiler and version
//   cxx11_abi       libstdc++'s std::string / std::list ABI
//   glibcxx_debug   libstdc++'s debug containers (other layouts)
//   avx2, fma       the instruction sets FFLAB_AVX2 turns on
//   simd_alignment  the alignment xtensor gives its containers (xsimd's
//                   default architecture: 16 for SSE, 32 for AVX, 64 for AVX-512)
//   xsimd           XTENSOR_USE_XSIMD (other container types without it)
//   asan            AddressSanitizer (FFLAB_SANITIZE)
// The binary compiles it into the library (fflab::build_tag()); every plugin
// built with fflab_add_plugin() carries its own as the string
// kPluginBuildTagMarker + tag + "}" (cmake/fflab_plugin_build_tag.cpp), which
// the loader reads from the file before loading it.
#include <xtensor/xtensor_config.hpp>

#include "fflab/version.hpp"

#define FFLAB_TAG_STRINGIFY_(x) #x
#define FFLAB_TAG_STRINGIFY(x) FFLAB_TAG_STRINGIFY_(x)

#if defined(__clang__)
#define FFLAB_TAG_COMPILER \
  "clang " FFLAB_TAG_STRINGIFY(__clang_major__) "." FFLAB_TAG_STRINGIFY(__clang_minor__)
#elif defined(__GNUC__)
#define FFLAB_TAG_COMPILER "gcc " FFLAB_TAG_STRINGIFY(__GNUC__) "." FFLAB_TAG_STRINGIFY(__GNUC_MINOR__)
#else
#define FFLAB_TAG_COMPILER "unknown"
#endif

#if defined(_GLIBCXX_USE_CXX11_ABI)
#define FFLAB_TAG_CXX11_ABI FFLAB_TAG_STRINGIFY(_GLIBCXX_USE_CXX11_ABI)
#else
#define FFLAB_TAG_CXX11_ABI "none"
#endif

#if defined(_GLIBCXX_DEBUG)
#define FFLAB_TAG_GLIBCXX_DEBUG "on"
#else
#define FFLAB_TAG_GLIBCXX_DEBUG "off"
#endif

#if defined(__AVX2__)
#define FFLAB_TAG_AVX2 "on"
#else
#define FFLAB_TAG_AVX2 "off"
#endif

#if defined(__FMA__)
#define FFLAB_TAG_FMA "on"
#else
#define FFLAB_TAG_FMA "off"
#endif

// xsimd's default architecture, as xsimd picks it from the same macros.
#if !defined(XTENSOR_USE_XSIMD)
#define FFLAB_TAG_XSIMD "off"
#define FFLAB_TAG_ALIGNMENT 0
#define FFLAB_TAG_ALIGNMENT_TEXT "0"
#else
#define FFLAB_TAG_XSIMD "on"
#if defined(__AVX512F__)
#define FFLAB_TAG_ALIGNMENT 64
#define FFLAB_TAG_ALIGNMENT_TEXT "64"
#elif defined(__AVX__)
#define FFLAB_TAG_ALIGNMENT 32
#define FFLAB_TAG_ALIGNMENT_TEXT "32"
#elif defined(__SSE2__) || defined(__ARM_NEON)
#define FFLAB_TAG_ALIGNMENT 16
#define FFLAB_TAG_ALIGNMENT_TEXT "16"
#else
#define FFLAB_TAG_ALIGNMENT 0
#define FFLAB_TAG_ALIGNMENT_TEXT "0"
#endif
#endif

#if defined(__SANITIZE_ADDRESS__)
#define FFLAB_TAG_ASAN "on"
#else
#define FFLAB_TAG_ASAN "off"
#endif

#define FFLAB_BUILD_TAG                                                                               \
  "fflab=" FFLAB_VERSION ";plugin_abi=" FFLAB_TAG_STRINGIFY(FFLAB_PLUGIN_ABI) ";compiler=" FFLAB_TAG_COMPILER ";cxx11_abi=" FFLAB_TAG_CXX11_ABI              \
  ";glibcxx_debug=" FFLAB_TAG_GLIBCXX_DEBUG ";avx2=" FFLAB_TAG_AVX2 ";fma=" FFLAB_TAG_FMA                 \
  ";simd_alignment=" FFLAB_TAG_ALIGNMENT_TEXT ";xsimd=" FFLAB_TAG_XSIMD ";asan=" FFLAB_TAG_ASAN

/// What precedes a plugin's tag in its file; "}" ends it.
#define FFLAB_PLUGIN_BUILD_TAG_MARKER "fflab-plugin-build-tag{"

namespace fflab {

/// The build tag of this library (FFLAB_BUILD_TAG where the library was compiled).
const char* build_tag();

}  // namespace fflab
