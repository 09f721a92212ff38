#!/bin/bash
# Runs every tests/py/lib_*/*.py under CPython with ftpy's lib/ first on
# sys.path (tools/pylib_run.py: lib/'s modules replace CPython's) and diffs
# the output against the .exp that CPython's own modules produced.
#   tools/pylib-check.sh            all lib_* tests
#   tools/pylib-check.sh -v         show diffs of failures
#   tools/pylib-check.sh FILE.py..  just these (diffs shown)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
py=""
for c in python3.14 ~/.pyenv/versions/3.14*/bin/python3.14 python3.13 \
         ~/.pyenv/versions/3.13*/bin/python3.13; do
    if "$c" -c pass >/dev/null 2>&1; then py=$(command -v "$c"); break; fi
done
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
if [ $# -eq 0 ]; then
    mapfile -d '' files < <(find "$root/tests/py" -path '*/lib_*' -name '*.py' -print0 | sort -z)
else
    files=("$@"); verbose=1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for f in "${files[@]}"; do
    f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
    exp=${f%.py}.exp
    name=${f#$root/tests/py/}
    ( cd "$(dirname "$f")" || exit 1
      timeout 60 "$py" "$root/tools/pylib_run.py" "$(basename "$f")" >"$tmp/out" 2>"$tmp/err" </dev/null
      rc=$?
      cat "$tmp/out" "$tmp/err"
      [ $rc -ne 0 ] && echo "[exit status $rc]"
      true ) > "$tmp/got"
    if [ -f "$exp" ] && cmp -s "$tmp/got" "$exp"; then
        pass=$((pass + 1)); echo "PASS $name"
    else
        fail=$((fail + 1)); echo "FAIL $name"
        [ $verbose -eq 1 ] && diff "$exp" "$tmp/got" | head -40
    fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
