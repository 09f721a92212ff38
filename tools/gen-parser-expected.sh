#!/bin/bash
# Regenerates tests/parser/*.exp and tests/parser/errors/*.exp with
# python3.13: the dump of ast.parse for the former, the stderr of running
# the file (from its directory, so the File line names the bare file) for
# the latter. Developers run this; CI never does.
set -eu
py=${PYTHON313:-$HOME/.pyenv/versions/3.13.0/bin/python3.13}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/tests/parser"
for f in *.py; do
    "$py" -c 'import ast,sys;print(ast.dump(ast.parse(open(sys.argv[1],"rb").read())))' "$f" > "${f%.py}.exp"
done
cd errors
for f in *.py; do
    # Running the file: each is a syntax error, so nothing executes; the
    # bare file name keeps the File line independent of the checkout.
    # python makes the script's path absolute: strip the directory.
    "$py" "$f" 2>&1 >/dev/null | sed "s|$PWD/||g" > "${f%.py}.exp" || true
done
