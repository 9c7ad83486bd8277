#!/usr/bin/env bash
# run-pinned.sh MANIFEST...: runs manifests with a binary built from a clean
# clone of the current commit (so a record's commit is exactly the code that
# ran) and writes the records into this checkout's results/. Resumes from
# checkpoints when re-run. Meant for long runs: nohup bash experiments/tools/run-pinned.sh ... &
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
commit=$(git -C "$root" rev-parse HEAD)
pinned="${FFLAB_PINNED_DIR:-$HOME/.cache/fflab/pinned}/$commit"
if [[ ! -x "$pinned/build/release/lib/fflab" ]]; then
  rm -rf "$pinned"
  git clone -q "$root" "$pinned"
  git -C "$pinned" checkout -q "$commit"
  (cd "$pinned" && cmake --preset release >/dev/null && cmake --build --preset release --target fflab_cli)
fi
for manifest in "$@"; do
  "$pinned/build/release/lib/fflab" run "$manifest" --results "$root/results"
done
