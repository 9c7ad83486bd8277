#!/usr/bin/env bash
# The test of lib/scripts/long_functions.sh (a ctest, tests/CMakeLists.txt):
# over tests/fixtures/long_functions it lists exactly the 90-line function
# and exits 1, not the 20-line one nor the short functions of a long class;
# --max counts a function longer than it, not as long.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
script="$root/lib/scripts/long_functions.sh"
cd "$root/tests/fixtures" || exit 1
failures=0

# expect <exit code> <expected output> <arguments...>
expect() {
  local code=$1 expected=$2
  shift 2
  local out rc
  out=$(bash "$script" "$@" 2>&1)
  rc=$?
  if [[ $rc != "$code" || $out != "$expected" ]]; then
    printf 'long_functions.sh %s: exit %s, expected %s; output:\n%s\nexpected:\n%s\n' "$*" "$rc" "$code" "$out" "$expected"
    failures=$((failures + 1))
  fi
}

long="long_functions/long.cpp:5: long_function (90 lines)"
expect 1 "$long" long_functions
expect 1 "$long" --max 80 long_functions
expect 0 "" --max 90 long_functions
expect 1 "$long"$'\n'"long_functions/short.cpp:17: short_function (20 lines)" --max 19 long_functions
expect 0 "" --max 200 long_functions/long.cpp
expect 2 "long_functions.sh: long_functions/absent: no such file or folder" long_functions/absent

if ((failures)); then exit 1; fi
echo "long_functions.sh: all cases as expected"
