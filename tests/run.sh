#!/usr/bin/env bash
# README command 2: installs dependencies and test data, builds, and runs the
# whole test suite with CTest. Usage: bash tests/run.sh [preset]  (release | asan | debug)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
preset=${1:-release}
bash "$root/lib/scripts/install-deps.sh" --with-test-tools
bash "$root/lib/scripts/fetch-data.sh"
bash "$root/lib/scripts/build.sh" "$preset"
cd "$root"
ctest --preset "$preset"
