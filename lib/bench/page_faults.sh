#!/usr/bin/env bash
# page_faults.sh BINARY...: page faults and time of one short CwComp CNN run
# (experiments/cwcomp/mnist_cwcomp.json on 3,840 training images, 1 epoch,
# then validation on 10,000 and test on 100) per fflab binary, in
# alternating rounds, counted by `perf stat`. Compares builds, e.g. a pinned
# binary of an older commit against build/release/lib/fflab:
#   bash lib/bench/page_faults.sh ~/.cache/fflab/pinned/<sha>/build/release/lib/fflab build/release/lib/fflab
# Needs perf (Debian: linux-perf). Prints to stdout; nothing else runs meanwhile, ideally.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ $# -gt 0 ]] || { echo "usage: page_faults.sh BINARY..." >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/probe.json" <<'PY'
import json, sys
m = json.load(open("experiments/cwcomp/mnist_cwcomp.json"))
m["study"] = "page_faults_probe"
m["dataset"]["train_subset"] = 3840
m["dataset"]["test_subset"] = 100
m["trainer"]["epochs"] = 1
m["trainer"]["block_epochs"] = [1, 1, 1, 1]
json.dump(m, open(sys.argv[1], "w"))
PY
echo "page_faults.sh, $(date -u '+%Y-%m-%d %H:%M:%S UTC'), commit $(git rev-parse --short HEAD)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') ($(nproc) logical cpus)"
echo "load average at start: $(cat /proc/loadavg)"
echo "run: mnist_cwcomp.json, 3840 training images, 1 epoch (all four blocks train), validation 10000, test 100"
for round in 1 2; do
  for binary in "$@"; do
    rm -rf "$work/runs"
    echo "== round $round: $binary"
    perf stat -e page-faults,task-clock -x, -o "$work/stat.csv" "$binary" run "$work/probe.json" --results "$work/runs" > /dev/null
    awk -F, '$3 == "page-faults" {printf "   page faults %d\n", $1} $3 == "task-clock" {printf "   cpu time %.1f s\n", $1 / 1000}' "$work/stat.csv"
    python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('   training seconds %.1f, evaluation seconds %.1f' % (r['epochs'][0]['seconds'], r['epochs'][0].get('evaluation_seconds', 0.0)))" "$work/runs/page_faults_probe/cwcomp/record.json"
  done
done
