#!/usr/bin/env bash
# Behaviour check for refactors: the same manifests trained by two builds must
# give the same records, byte for byte, apart from what a run cannot repeat
# (date, commit, wall and epoch times, throughput, peak memory).
#
#   bash tests/behaviour/check.sh run FFLAB_BINARY OUT_DIR [--quickstart]
#       trains every manifest in tests/behaviour/manifests/ (tiny runs of each
#       trainer: backprop with jitter and dropout, forward_forward with hard
#       negatives + softmax head + peer normalisation, greedy + adam + symba,
#       unsupervised + hybrid + readout, recurrent_ff, local_rules with dfa,
#       pepita, local_head and drtp) into OUT_DIR; with --quickstart also the
#       two README command 1 manifests (a few minutes each).
#   bash tests/behaviour/check.sh compare OUT_A OUT_B
#       compares every record.json below OUT_A with its twin below OUT_B and
#       prints the first differing lines; exit 1 when any differs or is missing.
#   bash tests/behaviour/check.sh evaluate FFLAB_BINARY OUT_DIR
#       evaluates every kept model.bin below OUT_DIR (written by another
#       build) with FFLAB_BINARY on validation and test, and compares the
#       errors with the records' final ones: model files written before a
#       change still restore and classify the same.
#
# Typical use: build the commit before the refactor, run the set into a/, build
# the refactor, run into b/, compare a b. Both runs on one machine: OpenBLAS
# picks its kernels per CPU, so records from two CPUs differ in rounding.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

volatile='del(.date, .source, .wall_seconds, .peak_rss_mib)
  | if has("epochs") then .epochs |= map(del(.seconds, .evaluation_seconds, .examples_per_second)) else . end'

case "${1:-}" in
  run)
    binary="$2"; out="$3"; shift 3
    manifests=("$here"/manifests/*.json)
    if [[ "${1:-}" == "--quickstart" ]]; then manifests+=("$root"/experiments/quickstart/*.json); fi
    mkdir -p "$out"
    status=0
    for m in "${manifests[@]}"; do
      echo "== $(basename "$m")"
      "$binary" run "$m" --results "$out" --restart > "$out/$(basename "$m" .json).log" 2>&1 || {
        echo "   FAILED (see $out/$(basename "$m" .json).log)"; status=1; }
    done
    exit $status
    ;;
  compare)
    a="$2"; b="$3"; status=0; count=0
    while IFS= read -r -d '' rec; do
      rel="${rec#"$a"/}"
      count=$((count + 1))
      if [[ ! -f "$b/$rel" ]]; then echo "missing in $b: $rel"; status=1; continue; fi
      if diff <(jq -S "$volatile" "$rec") <(jq -S "$volatile" "$b/$rel") > /tmp/fflab_behaviour_diff.$$; then
        echo "same: $rel"
      else
        echo "DIFFERS: $rel"; head -20 /tmp/fflab_behaviour_diff.$$; status=1
      fi
    done < <(find "$a" -name record.json -print0 | sort -z)
    rm -f /tmp/fflab_behaviour_diff.$$
    if [[ $count -eq 0 ]]; then echo "no record.json below $a"; exit 1; fi
    echo "$count records compared"
    exit $status
    ;;
  evaluate)
    binary="$2"; out="$3"; status=0; count=0
    while IFS= read -r -d '' rec; do
      manifest="$(mktemp)"; errors="$(mktemp)"
      jq '.manifest' "$rec" > "$manifest"
      count=$((count + 1))
      if ! "$binary" evaluate "$manifest" --results "$out" --split validation --split test \
          --output "$errors.json" > "$errors.log" 2>&1; then
        echo "FAILED: ${rec#"$out"/}"; sed 's/^/   /' "$errors.log"; status=1
      elif diff <(jq -S '.final.by_procedure | map_values({validation, test})' "$rec") \
                <(jq -S '.errors' "$errors.json") > /dev/null; then
        echo "same: ${rec#"$out"/}"
      else
        echo "DIFFERS: ${rec#"$out"/}"; jq -c '.errors' "$errors.json"; status=1
      fi
      rm -f "$manifest" "$errors" "$errors.json" "$errors.log"
    done < <(find "$out" -name record.json -print0 | sort -z)
    if [[ $count -eq 0 ]]; then echo "no record.json below $out"; exit 1; fi
    echo "$count models evaluated"
    exit $status
    ;;
  *)
    sed -n '2,25p' "$0"; exit 2 ;;
esac
