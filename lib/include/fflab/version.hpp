#pragma once
// The version of fflab; the top-level CMakeLists.txt reads its project
// version from this line.
#define FFLAB_VERSION "0.1.0"
// The plugin interface's revision: raised whenever a public class that a
// plugin derives from or calls changes its layout or its virtual functions
// (a plugin built against another revision would call the wrong function).
// 2: Layer::backward.
#define FFLAB_PLUGIN_ABI 2
