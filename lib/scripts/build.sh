#!/usr/bin/env bash
# build.sh [preset]: configures and builds fflab with a CMake preset
# (release by default; debug and asan also exist). Incremental on re-runs.
set -euo pipefail
preset=${1:-release}
cd "$(dirname "$0")/../.."
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
