#!/bin/bash
# Regenerates the expected output of the benchmark programs under CPython 3.13
# (the reference bench/run.sh compares against): NAME.exp for the default size
# and NAME.small.exp for the argument `small`, stdout only; prints each time.
#   tools/gen-bench-expected.sh               every bench/programs/*.py
#   tools/gen-bench-expected.sh NAME ...      just these (name or path)
# Developers run it after writing or changing a program; CI never does.
# Never edit a .exp by hand.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/bench/programs
py=${PYTHON:-}
if [ -z "$py" ]; then
    for c in ~/.pyenv/versions/3.13*/bin/python3.13 python3.13; do
        if command -v "$c" >/dev/null 2>&1; then py=$(command -v "$c"); break; fi
    done
fi
if [ -z "$py" ]; then
    echo "gen-bench-expected: no python3.13 found (set PYTHON)" >&2
    exit 1
fi
echo "using $("$py" -VV | head -1)"
names=()
if [ $# -eq 0 ]; then
    for f in "$dir"/*.py; do names+=("$(basename "$f" .py)"); done
else
    for a in "$@"; do names+=("$(basename "$a" .py)"); done
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
cd "$dir" || exit 1
for name in "${names[@]}"; do
    for size in default small; do
        arg=(); exp=$name.exp
        if [ $size = small ]; then arg=(small); exp=$name.small.exp; fi
        if ! /usr/bin/time -f '%e %M' -o "$tmp/time" \
                "$py" "$name.py" "${arg[@]}" >"$tmp/out" 2>"$tmp/err" </dev/null; then
            echo "gen-bench-expected: $name ($size) failed:" >&2
            cat "$tmp/err" >&2
            status=1
            continue
        fi
        mv "$tmp/out" "$exp"
        read -r secs kb < <(tail -n 1 "$tmp/time")
        printf '%-16s %-8s %6.2f s %7d KB  wrote %s\n' "$name" "$size" "$secs" "$kb" "$exp"
    done
done
exit $status
