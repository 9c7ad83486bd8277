#!/usr/bin/env bash
# Every Catch test case must be its own ctest entry. catch_discover_tests
# reads a '[' or ']' in a test case's name as a tag list and merges the
# cases after it into one broken entry, so this fails when a test binary of
# BUILD_DIR/tests lists a name with a bracket, naming the binary and the test.
set -uo pipefail
build_dir=${1:?usage: test_names_discoverable.sh BUILD_DIR}
failures=0
found=0
for binary in "$build_dir"/tests/test_*; do
  [[ -f $binary && -x $binary ]] || continue
  found=$((found + 1))
  while IFS= read -r name; do
    if [[ $name == *"["* || $name == *"]"* ]]; then
      echo "$(basename "$binary"): test case \"$name\" has a bracket in its name; ctest cannot select it: rename it"
      failures=$((failures + 1))
    fi
  done < <("$binary" --list-test-names-only)
done
if (( found == 0 )); then echo "no test binaries under $build_dir/tests"; exit 1; fi
exit $(( failures > 0 ))
