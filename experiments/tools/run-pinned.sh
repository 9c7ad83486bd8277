#!/usr/bin/env bash
# run-pinned.sh [--commit SHA] [--ranks N] MANIFEST...: runs manifests with a
# binary built from a clean clone of one commit (HEAD by default), so a
# record's commit is exactly the code that ran. Meant for long runs:
#   nohup bash experiments/tools/run-pinned.sh experiments/mnist_ff/x.json > x.log 2>&1 &
# --ranks N runs all the manifests as one MPI sweep of N processes (mpirun;
# docs/distributed.md): their runs and seeds dealt round the ranks, N at a
# time. Give such manifests "threads" 1 each on an N-core machine. A sweep
# stops at its first broken manifest or failed run (every rank ends); its
# diverged runs are results, as in one process.
#
# Runs live in a directory outside the clone ($FFLAB_RUNS_DIR, default
# ~/.cache/fflab/runs), so checkpoints survive a fresh checkout; re-running the
# same command resumes after the last finished epoch (pass --commit with the
# first run's commit to resume with the very same code; each resume is listed
# in the record with its commit). When a manifest finishes, its study's
# records and summaries (not checkpoints) are copied into this checkout's
# results/. A manifest that is missing or broken, or whose run fails, does
# not stop the ones after it; the exit status is the worst of the queue's
# (at least 1 when a record could not be copied; each such file is named).
set -euo pipefail
# The body is one block that bash reads whole before running it: a queue runs
# for hours, and an edit of this script meanwhile (a checkout, a fix) must not
# change what the running copy does next. The manifests are read when their
# turn comes: leave those of a running queue alone.
{
root="$(cd "$(dirname "$0")/../.." && pwd)"
commit=$(git -C "$root" rev-parse HEAD)
ranks=1
while [[ "${1:-}" == "--commit" || "${1:-}" == "--ranks" ]]; do
  if [[ "$1" == "--commit" ]]; then
    commit=$(git -C "$root" rev-parse "${2:?--commit needs a commit}^{commit}")
  else
    ranks="${2:-}"
    [[ "$ranks" =~ ^[1-9][0-9]*$ ]] || { echo "run-pinned: --ranks needs a whole number of processes, e.g. --ranks 2" >&2; exit 2; }
  fi
  shift 2
done
[[ $# -gt 0 ]] || { echo "usage: run-pinned.sh [--commit SHA] [--ranks N] MANIFEST..." >&2; exit 2; }
pinned="${FFLAB_PINNED_DIR:-$HOME/.cache/fflab/pinned}/$commit"
runs="${FFLAB_RUNS_DIR:-$HOME/.cache/fflab/runs}"
if [[ ! -x "$pinned/build/release/lib/fflab" ]]; then
  rm -rf "$pinned"
  git clone -q "$root" "$pinned"
  git -C "$pinned" checkout -q "$commit"
  (cd "$pinned" && cmake --preset release >/dev/null && cmake --build --preset release --target fflab_cli)
fi
echo "run-pinned: commit $commit, runs in $runs"
worst=0
sweep_status=0
if (( ranks > 1 )); then
  # One sweep over every manifest; then each manifest's study is copied below, as after a run in turn.
  echo "run-pinned: an MPI sweep of $ranks ranks"
  launch=(mpirun -n "$ranks" --bind-to none)
  if (( ranks > $(nproc) )); then launch+=(--oversubscribe); fi
  if (( EUID == 0 )); then launch+=(--allow-run-as-root); fi
  "${launch[@]}" "$pinned/build/release/lib/fflab" run "$@" --results "$runs" || sweep_status=$?
  if (( sweep_status != 0 )); then
    echo "run-pinned: the sweep exited with status $sweep_status" >&2
    worst=$sweep_status
  fi
fi
for manifest in "$@"; do
  # Nothing about one manifest stops the queue: a missing or broken one, a run
  # that fails or diverges. Its record, if any, is copied like the others, and
  # the queue's exit status is the worst of its runs'.
  study=$(grep -o '"study"[[:space:]]*:[[:space:]]*"[^"]*"' "$manifest" 2>/dev/null | head -n1 |
          sed 's/.*"\([^"]*\)"$/\1/') || study=""
  if [[ -z "$study" ]]; then
    echo "run-pinned: $manifest: no such file, or no \"study\" in it; going on" >&2
    if (( worst < 2 )); then worst=2; fi
    continue
  fi
  status=0
  if (( ranks == 1 )); then "$pinned/build/release/lib/fflab" run "$manifest" --results "$runs" || status=$?; fi
  if [[ $status -ne 0 ]]; then
    echo "run-pinned: $manifest exited with status $status; going on" >&2
    if (( status > worst )); then worst=$status; fi
  fi
  if [[ -d "$runs/$study" ]]; then  # a run refused before it started made no folder
    # Every file is tried; one that fails is named and counts against the exit status.
    if ! (cd "$runs" && find "$study" \( -name record.json -o -name summary.json \) -print0 | {
            failed=0
            while IFS= read -r -d '' f; do
              { mkdir -p "$root/results/$(dirname "$f")" && cp "$f" "$root/results/$f"; } ||
                { echo "run-pinned: could not copy $runs/$f into $root/results" >&2; failed=1; }
            done
            exit "$failed"
          }); then
      echo "run-pinned: copying the records of $study into $root/results failed; going on" >&2
      if (( worst < 1 )); then worst=1; fi
    fi
  fi
done
exit "$worst"
}
