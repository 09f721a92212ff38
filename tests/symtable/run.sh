#!/bin/bash
# Symbol-table conformance: `symdump --py313` on each tests/symtable/*.py
# must print its .exp (made from python3.13's symtable module by
# tools/gen-symtable-expected.sh).
#   tests/symtable/run.sh            the checked-in cases
#   tests/symtable/run.sh --corpus   every .py of python3.13's stdlib against
#                                    tools/symdump-cpython.py (skipped if absent)
# The binary: $SYMDUMP, else $FTPY_BUILD/tools/symdump (FTPY_BUILD defaults
# to build/release).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FTPY_BUILD:-build/release}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
symdump=${SYMDUMP:-$build/tools/symdump}
case "$symdump" in /*) ;; *) symdump="$PWD/$symdump" ;; esac
if [ ! -x "$symdump" ]; then
    echo "FAIL symtable: no symdump binary at $symdump"
    exit 1
fi

if [ "${1:-}" = "--corpus" ]; then
    py=""
    for c in ~/.pyenv/versions/3.13.0/bin/python3.13 ~/.pyenv/versions/3.13*/bin/python3.13; do
        if [ -x "$c" ]; then py=$c; break; fi
    done
    lib=~/.pyenv/versions/3.13.0/lib/python3.13
    if [ -z "$py" ]; then echo "SKIP symtable corpus: python3.13 not found"; exit 0; fi
    if [ ! -d "$lib" ]; then echo "SKIP symtable corpus: $lib not found"; exit 0; fi
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cd "$lib" || exit 1
    export py symdump tmp root
    # One file: prints "SAME path" or "DIFF path" and the head of the diff.
    one() {
        f=$1
        k=$(printf '%s' "$f" | md5sum | cut -c1-16)
        "$py" -W ignore "$root/tools/symdump-cpython.py" "$f" > "$tmp/$k.want" 2>&1
        "$symdump" --py313 "$f" > "$tmp/$k.got" 2>&1
        if cmp -s "$tmp/$k.want" "$tmp/$k.got"; then
            echo "SAME $f"
        elif grep -q '^error SyntaxError:' "$tmp/$k.want" &&
             grep -q '^error SyntaxError: .*(line 0, offset 0,' "$tmp/$k.got"; then
            # The source cannot be decoded: symtable.symtable(bytes) words
            # that unlike running the file, which is what ftpy matches and
            # what the parser corpus checks.
            echo "DECODE $f"
        else
            echo "DIFF $f"
            diff -u "$tmp/$k.want" "$tmp/$k.got" | head -20
        fi
        rm -f "$tmp/$k.want" "$tmp/$k.got"
    }
    export -f one
    find . -name '*.py' -print0 | sort -z |
        xargs -0 -P2 -I{} bash -c 'one "$1"' _ {} > "$tmp/results"
    n=$(grep -c '^\(SAME\|DIFF\) ' "$tmp/results")
    same=$(grep -c '^SAME ' "$tmp/results")
    undecodable=$(grep -c '^DECODE ' "$tmp/results")
    grep -v '^\(SAME\|DECODE\) ' "$tmp/results" | sed 's/^DIFF \.\//FAIL symtable corpus\//'
    echo "symtable corpus: $n files, $same identical ($undecodable more cannot be decoded; the parser corpus checks those)"
    [ "$n" = "$same" ]
    exit $?
fi

cd "$here" || exit 1
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
failed=0
for f in *.py; do
    name=${f%.py}
    if [ ! -f "$name.exp" ]; then
        echo "FAIL symtable/$name"
        echo "  missing $name.exp (run tools/gen-symtable-expected.sh $f)"
        failed=1
        continue
    fi
    "$symdump" --py313 "$f" > "$tmp" 2>&1
    if cmp -s "$name.exp" "$tmp"; then
        echo "PASS symtable/$name"
    else
        echo "FAIL symtable/$name"
        diff -u "$name.exp" "$tmp" | head -40
        failed=1
    fi
done
exit $failed
