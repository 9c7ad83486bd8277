#!/usr/bin/env bash
# install-deps.sh: installs what fflab needs to build and run from Debian's
# packages (a quick no-op when everything is there). Needs root or sudo.
# --with-test-tools also installs what only the test suite uses: Chromium,
# which renders the HTML report in its test (skipped where it is absent).
set -euo pipefail

packages=(g++ cmake make git pkg-config ca-certificates
          libxtensor-dev libxtensor-blas-dev libxsimd-dev libopenblas-dev
          nlohmann-json3-dev catch2 libcli11-dev zlib1g-dev libpng-dev
          npm gnuplot-nox libopenmpi-dev openmpi-bin)
if [[ ${1:-} == --with-test-tools ]]; then packages+=(chromium); fi

missing=()
for p in "${packages[@]}"; do
  # The machine may have Node.js and npm from elsewhere: then Debian's npm is not needed.
  if [[ $p == npm ]] && command -v npm >/dev/null 2>&1; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps.sh: all build dependencies present"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps.sh: need root to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps.sh: done"
