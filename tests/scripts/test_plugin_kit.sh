#!/usr/bin/env bash
# The rule kit against an installed fflab, as a user outside the tree uses it:
# install this build into a temporary prefix, copy examples/plugin_rule, build
# it with find_package(fflab), run its test (fflab::testing), train its
# manifest with the INSTALLED fflab binary and check that the record names the
# plugin; then compile and link a program with pkg-config's flags alone.
# Usage: test_plugin_kit.sh <fflab build dir> <fflab source dir> [compiler launcher]
set -euo pipefail
build=$1
source=$2
launcher=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

step() { echo "== $*"; }
run_logged() {  # runs a command, showing its output only when it fails
  local log=$work/step.log
  if ! "$@" > "$log" 2>&1; then cat "$log"; echo "FAILED: $*"; exit 1; fi
}

step "cmake --install into $prefix"
run_logged cmake --install "$build" --prefix "$prefix"
for f in bin/fflab lib/cmake/fflab/fflabConfig.cmake lib/cmake/fflab/fflab_add_plugin.cmake \
         lib/pkgconfig/fflab.pc include/fflab/local/local_rule.hpp include/fflab/testing/local_rule_check.hpp; do
  [[ -e $prefix/$f ]] || { echo "FAILED: $prefix/$f was not installed"; exit 1; }
done

step "examples/plugin_rule against the installed package"
cp -r "$source/examples/plugin_rule" "$work/kit"
configure=(cmake -S "$work/kit" -B "$work/kit/build" -DCMAKE_PREFIX_PATH="$prefix" -Dfflab_DIR="$prefix/lib/cmake/fflab")
[[ -n $launcher ]] && configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER="$launcher")
run_logged "${configure[@]}"
grep -q "^fflab_DIR:[A-Z]*=$prefix/lib/cmake/fflab$" "$work/kit/build/CMakeCache.txt" ||
  { echo "FAILED: find_package(fflab) did not take the installed package"; exit 1; }
run_logged cmake --build "$work/kit/build" -j2
run_logged ctest --test-dir "$work/kit/build" --output-on-failure

step "the installed fflab trains the kit's manifest with --plugin"
cd "$work/kit"
run_logged "$prefix/bin/fflab" --plugin build/target_mse.so run manifest.json --results runs
record=runs/plugin_rule/target_mse/record.json
[[ -f $record ]] || { echo "FAILED: no $record"; exit 1; }
grep -q "\"path\": \"$work/kit/build/target_mse.so\"" "$record" ||
  { echo "FAILED: the record does not name the plugin's path"; cat "$record" | head -40; exit 1; }
grep -q '"local rule target_mse"' "$record" || { echo "FAILED: the record does not name the plugin's rule"; exit 1; }
grep -q '"status": "completed"' "$record" || { echo "FAILED: the run did not complete"; exit 1; }

step "a program built with pkg-config's flags alone"
cat > "$work/tag.cpp" <<'CPP'
#include <cstdio>
#include "fflab/core/build_tag.hpp"
int main() { std::printf("%s\n", fflab::build_tag()); }
CPP
flags=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags --libs fflab)
# shellcheck disable=SC2086
run_logged c++ "$work/tag.cpp" -o "$work/tag" $flags
"$work/tag" | grep -q '^fflab=[0-9.]*;plugin_abi=[0-9]*;compiler=' || { echo "FAILED: the pkg-config program printed no build tag"; exit 1; }
step "a project that adds fflab with add_subdirectory gets neither its tests nor its warnings"
mkdir -p "$work/user"
cat > "$work/user/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(user LANGUAGES CXX)
add_subdirectory("$source" fflab)
add_executable(user main.cpp)
target_link_libraries(user PRIVATE fflab::fflab)
CMAKE
echo 'int main() { int unused; return 0; }' > "$work/user/main.cpp"
run_logged cmake -S "$work/user" -B "$work/user/build" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
grep -q '^FFLAB_WERROR:BOOL=OFF$' "$work/user/build/CMakeCache.txt" || { echo "FAILED: FFLAB_WERROR is on"; exit 1; }
grep -q '^FFLAB_BUILD_TESTS:BOOL=OFF$' "$work/user/build/CMakeCache.txt" || { echo "FAILED: FFLAB_BUILD_TESTS is on"; exit 1; }
user_flags=$(grep '"command".*user/main.cpp' "$work/user/build/compile_commands.json")
[[ $user_flags == *-std=*++20* ]] || { echo "FAILED: fflab's C++20 is not passed on: $user_flags"; exit 1; }
[[ $user_flags != *-Werror* && $user_flags != *-Wall* ]] || { echo "FAILED: fflab's warnings leak: $user_flags"; exit 1; }
echo "ok"
