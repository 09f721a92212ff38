#!/bin/bash
# Regenerates tests/symtable/*.exp from python3.13's symtable module via
# tools/symdump-cpython.py (what `symdump --py313` must print). Developers
# run this after adding a case; CI never does. The .exp files are never
# edited by hand. Usage: tools/gen-symtable-expected.sh [NAME.py...]
set -euo pipefail
tools=$(cd "$(dirname "$0")" && pwd)
cd "$tools/../tests/symtable"
PY=""
for c in ~/.pyenv/versions/3.13*/bin/python3.13 "$(command -v python3.13 || true)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then PY=$c; break; fi
done
if [ -z "$PY" ]; then
    echo "gen-symtable-expected: python3.13 not found" >&2
    exit 1
fi
if [ $# -eq 0 ]; then set -- *.py; fi
for f in "$@"; do
    f=$(basename "$f")
    "$PY" -W ignore "$tools/symdump-cpython.py" "$f" > "${f%.py}.exp" 2>&1 || true
    echo "wrote tests/symtable/${f%.py}.exp"
done
