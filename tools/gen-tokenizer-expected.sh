#!/bin/bash
# Regenerates tests/tokenizer/*.exp from python3.13 -m tokenize (stdout and
# stderr together, as tests/tokenizer/run.sh compares them). Developers run
# this after adding a test; CI never does. Usage: tools/gen-tokenizer-expected.sh [NAME.py...]
set -euo pipefail
cd "$(dirname "$0")/../tests/tokenizer"
PY=""
for c in ~/.pyenv/versions/3.13*/bin/python3.13 "$(command -v python3.13 || true)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then PY=$c; break; fi
done
if [ -z "$PY" ]; then
    echo "gen-tokenizer-expected: python3.13 not found" >&2
    exit 1
fi
if [ $# -eq 0 ]; then set -- *.py; fi
for f in "$@"; do
    f=$(basename "$f")
    # Warnings (SyntaxWarning for invalid escapes) would land in the .exp;
    # tokdump emits none, so keep test files free of them.
    "$PY" -W ignore -m tokenize "$f" > "${f%.py}.exp" 2>&1 || true
    echo "wrote tests/tokenizer/${f%.py}.exp"
done
