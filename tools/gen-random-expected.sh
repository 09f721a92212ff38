#!/bin/bash
# Regenerates tests/random/cases.txt and cases.exp with python3.13 (the
# expected results are CPython's). Developers run this after changing
# tests/random/gen-cases.py; CI never does. Usage: tools/gen-random-expected.sh
set -euo pipefail
cd "$(dirname "$0")/../tests/random"
PY=""
for c in ~/.pyenv/versions/3.13*/bin/python3.13 "$(command -v python3.13 || true)"; do
    if [ -n "$c" ] && [ -x "$c" ] && "$c" -c '' 2>/dev/null; then PY=$c; break; fi
done
if [ -z "$PY" ]; then
    echo "gen-random-expected: python3.13 not found" >&2
    exit 1
fi
"$PY" gen-cases.py cases > cases.txt
"$PY" gen-cases.py expect < cases.txt > cases.exp
echo "wrote tests/random/cases.txt and cases.exp ($(wc -l < cases.txt) cases)"
