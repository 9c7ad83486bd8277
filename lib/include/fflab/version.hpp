#pragma once
// The version of fflab; the top-level CMakeLists.txt reads its project
// version from this line.
#define FFLAB_VERSION "0.1.0"
