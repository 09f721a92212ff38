#!/bin/bash
# hash() conformance: tools/hash-check's answers for tests/hash/cases.txt
# must equal CPython's (cases.exp, made by tools/gen-hash-expected.sh).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FTPY_BUILD:-build/release}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
check=$build/tools/hash-check
[ -x "$check" ] || { echo "FAIL hash: no hash-check binary at $check"; exit 1; }
got=$(mktemp)
trap 'rm -f "$got"' EXIT
"$check" < "$here/cases.txt" > "$got"
if cmp -s "$here/cases.exp" "$got"; then
    echo "PASS hash/str-bytes-numbers ($(wc -l < "$here/cases.txt") cases)"
else
    echo "FAIL hash/str-bytes-numbers"
    paste -d'|' "$here/cases.txt" "$here/cases.exp" "$got" | awk -F'|' '$2 != $3' | head -20
    exit 1
fi
