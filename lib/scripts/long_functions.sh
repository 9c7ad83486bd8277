#!/usr/bin/env bash
# long_functions.sh [--max N] [path...]: lists every C++ function definition
# whose body spans more than N lines (default 80), counted from the line of
# its name to its closing brace, as `file:line: name (length lines)`; exits 1
# when there is one, 0 when there is none. Paths are files or folders
# (searched for .cpp, .hpp, .h, ...); default lib/src and lib/app. The
# project rule: no function in lib/src or lib/app over about 80 lines.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
max=80
paths=()
while (($#)); do
  case $1 in
    --max) max=${2:?--max needs a number of lines}; shift 2 ;;
    --max=*) max=${1#--max=}; shift ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) paths+=("$1"); shift ;;
  esac
done
if ! [[ $max =~ ^[0-9]+$ ]]; then
  echo "long_functions.sh: --max $max: give a number of lines" >&2
  exit 2
fi
if ((${#paths[@]} == 0)); then
  cd "$here/../.."
  paths=(lib/src lib/app)
fi
for p in "${paths[@]}"; do
  [[ -e $p ]] || { echo "long_functions.sh: $p: no such file or folder" >&2; exit 2; }
done
exec python3 "$here/long_functions.py" "$max" "${paths[@]}"
