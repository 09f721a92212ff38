#!/bin/bash
# Regenerates tests/unicode/sample.exp: python3.13's answers (unicodedata and
# str methods, via tools/ucddump-cpython.py) for the items of
# tests/unicode/sample.txt, which tests/unicode/run.sh compares with ucddump
# where no python3.13 is installed. Run it after editing sample.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=""
for c in ~/.pyenv/versions/3.13.0/bin/python3.13 ~/.pyenv/versions/3.13*/bin/python3.13 \
         "$(command -v python3.13 || true)"; do
    # A pyenv shim may exist without a usable python3.13: try it.
    if [ -n "$c" ] && [ -x "$c" ] && "$c" -c "import unicodedata" 2>/dev/null; then PY=$c; break; fi
done
if [ -z "$PY" ]; then
    echo "gen-unicode-expected: python3.13 not found" >&2
    exit 1
fi
"$PY" tools/ucddump-cpython.py tests/unicode/sample.txt > tests/unicode/sample.exp
echo "wrote tests/unicode/sample.exp"
