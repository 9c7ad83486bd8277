#!/usr/bin/env bash
# README command 1: installs dependencies and MNIST, builds fflab, runs the
# main job (experiments/quickstart/*.json on real MNIST) and prints its table.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/lib/scripts/install-deps.sh"
bash "$root/lib/scripts/fetch-data.sh" mnist
bash "$root/lib/scripts/build.sh" release
cd "$root"
for manifest in experiments/quickstart/*.json; do
  build/release/lib/fflab run "$manifest"
done
build/release/lib/fflab table results/quickstart --output results/quickstart/table.md
