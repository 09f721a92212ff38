#!/bin/bash
# Tokenizer conformance: tokdump's output for each tests/tokenizer/*.py must
# equal its .exp (made by python3.13 -m tokenize; see
# tools/gen-tokenizer-expected.sh).
#   tests/tokenizer/run.sh            the checked-in cases
#   tests/tokenizer/run.sh --corpus   every .py of python3.13's stdlib against
#                                     python3.13 -m tokenize (skipped if absent)
# The binary: $TOKDUMP, else $FTPY_BUILD/tools/tokdump (FTPY_BUILD defaults
# to build/release).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FTPY_BUILD:-build/release}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
tokdump=${TOKDUMP:-$build/tools/tokdump}
case "$tokdump" in /*) ;; *) tokdump="$PWD/$tokdump" ;; esac
if [ ! -x "$tokdump" ]; then
    echo "FAIL tokenizer: no tokdump binary at $tokdump"
    exit 1
fi

if [ "${1:-}" = "--corpus" ]; then
    py=""
    for c in ~/.pyenv/versions/3.13.0/bin/python3.13 ~/.pyenv/versions/3.13*/bin/python3.13; do
        if [ -x "$c" ]; then py=$c; break; fi
    done
    lib=~/.pyenv/versions/3.13.0/lib/python3.13
    if [ -z "$py" ]; then echo "SKIP tokenizer corpus: python3.13 not found"; exit 0; fi
    if [ ! -d "$lib" ]; then echo "SKIP tokenizer corpus: $lib not found"; exit 0; fi
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cd "$lib" || exit 1
    n=0; same=0; failed=0
    while IFS= read -r -d '' f; do
        n=$((n + 1))
        # Both sides see the same relative path, so error lines match too.
        "$py" -W ignore -m tokenize "$f" > "$tmp/want" 2>&1; wrc=$?
        "$tokdump" "$f" > "$tmp/got" 2>&1; grc=$?
        if [ $wrc -eq $grc ] && cmp -s "$tmp/want" "$tmp/got"; then
            same=$((same + 1))
        else
            failed=1
            echo "FAIL tokenizer corpus/${f#./}"
            diff -u "$tmp/want" "$tmp/got" | head -40
        fi
    done < <(find . -name '*.py' -print0 | sort -z)
    echo "tokenizer corpus: $n files, $same identical"
    exit $failed
fi

cd "$here" || exit 1
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
failed=0
for f in *.py; do
    name=${f%.py}
    if [ ! -f "$name.exp" ]; then
        echo "FAIL tokenizer/$name"
        echo "  missing $name.exp (run tools/gen-tokenizer-expected.sh $f)"
        failed=1
        continue
    fi
    "$tokdump" "$f" > "$tmp" 2>&1
    if cmp -s "$name.exp" "$tmp"; then
        echo "PASS tokenizer/$name"
    else
        echo "FAIL tokenizer/$name"
        diff -u "$name.exp" "$tmp" | head -40
        failed=1
    fi
done
exit $failed
