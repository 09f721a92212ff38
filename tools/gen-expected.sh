#!/bin/bash
# Regenerates the expected output (.exp) of Python script tests by running
# them under CPython -- 3.14 if the machine has it, else 3.13 -- exactly as
# tests/run.sh runs them under ftpy: from the script's folder, no stdin;
# stdout, then stderr, then "[exit status N]" when N is not 0.
# Developers run it after writing or changing a test; CI never does. Never
# edit a .exp by hand.
#   tools/gen-expected.sh                 every tests/py/**/*.py
#   tools/gen-expected.sh FILE.py ...     just these
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
py=""
# A pyenv shim answers `command -v` without a working interpreter behind
# it, so each candidate must actually run.
for c in python3.14 ~/.pyenv/versions/3.14*/bin/python3.14 python3.13 \
         ~/.pyenv/versions/3.13*/bin/python3.13; do
    if "$c" -c pass >/dev/null 2>&1; then py=$(command -v "$c"); break; fi
done
if [ -z "$py" ]; then
    echo "gen-expected: no python3.14 or python3.13 found" >&2
    exit 1
fi
echo "using $("$py" -VV | head -1)"
if [ $# -eq 0 ]; then
    mapfile -d '' files < <(find "$root/tests/py" -name '*.py' -not -path '*/lib/*' -print0 | sort -z)
else
    files=("$@")
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do
    f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
    # Tracebacks name the script by its absolute path: the folder is
    # removed so the expected output holds on any checkout.
    dir=$(cd "$(dirname "$f")" && pwd -P)
    ( cd "$dir" || exit 1
      "$py" "$(basename "$f")" >"$tmp/out" 2>"$tmp/err" </dev/null
      rc=$?
      cat "$tmp/out" "$tmp/err"
      [ $rc -ne 0 ] && echo "[exit status $rc]"
      true ) | sed "s|$dir/||g" > "${f%.py}.exp"
    echo "wrote ${f%.py}.exp"
done
