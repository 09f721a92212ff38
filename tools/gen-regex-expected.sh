#!/bin/bash
# Regenerates tests/regex/cases.txt and cases.exp with python3.13 (the
# expected results are CPython's re). Developers run this after changing
# tests/regex/gen-cases.py; CI never does. Usage: tools/gen-regex-expected.sh
set -euo pipefail
cd "$(dirname "$0")/../tests/regex"
PY=""
for c in ~/.pyenv/versions/3.13*/bin/python3.13 "$(command -v python3.13 || true)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then PY=$c; break; fi
done
if [ -z "$PY" ]; then
    echo "gen-regex-expected: python3.13 not found" >&2
    exit 1
fi
"$PY" -W ignore gen-cases.py cases > cases.txt
"$PY" -W ignore gen-cases.py expect < cases.txt > cases.exp
echo "wrote tests/regex/cases.txt and cases.exp ($(wc -l < cases.txt) cases)"
