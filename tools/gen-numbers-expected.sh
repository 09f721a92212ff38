#!/bin/bash
# Regenerates tests/numbers/cases.txt and cases.exp (CPython's answers for
# the number types' conformance cases) from tests/numbers/gen-cases.py.
# Run under python3.13; never edit the two files by hand.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
py=~/.pyenv/versions/3.13.0/bin/python3.13
command -v python3.14 >/dev/null 2>&1 && py=python3.14
"$py" "$root/tests/numbers/gen-cases.py" > "$root/tests/numbers/cases.txt"
"$py" "$root/tests/numbers/gen-cases.py" --expected > "$root/tests/numbers/cases.exp"
wc -l "$root/tests/numbers/cases.txt"
