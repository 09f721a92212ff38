#!/bin/bash
# Regenerates tests/hash/cases.txt and cases.exp with python3.13 (hash()
# of str, bytes and numbers under several PYTHONHASHSEED values).
# Developers run it; CI never does. Never edit the outputs by hand.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
py=""
for c in ~/.pyenv/versions/3.13*/bin/python3.13 python3.13; do
    if "$c" -c pass >/dev/null 2>&1; then py=$c; break; fi
done
[ -n "$py" ] || { echo "gen-hash-expected: no python3.13" >&2; exit 1; }
: > "$root/tests/hash/cases.txt"
: > "$root/tests/hash/cases.exp"
for seed in 0 1 42 4294967295; do
    PYTHONHASHSEED=$seed "$py" "$root/tests/hash/gen-cases.py" cases >> "$root/tests/hash/cases.txt"
    PYTHONHASHSEED=$seed "$py" "$root/tests/hash/gen-cases.py" expected >> "$root/tests/hash/cases.exp"
done
echo "wrote tests/hash/cases.txt and cases.exp ($(wc -l < "$root/tests/hash/cases.txt") lines)"
