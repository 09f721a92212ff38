#!/bin/bash
# Unicode database conformance: tools/ucddump (ftpy's src/runtime/unicode_db)
# against python3.13's unicodedata and str methods (tools/ucddump-cpython.py).
#   - sample: the items of sample.txt against the committed sample.exp
#     (needs no Python);
#   - with python3.13: every code point, one PASS/FAIL line per aspect
#     (properties, case mappings, names, normalization) and the name aliases
#     and named sequences through unicodedata.lookup and "\N{...}".
# The binary: $UCDDUMP, else $FTPY_BUILD/tools/ucddump (FTPY_BUILD defaults
# to build/release).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FTPY_BUILD:-build/release}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
ucddump=${UCDDUMP:-$build/tools/ucddump}
case "$ucddump" in /*) ;; *) ucddump="$PWD/$ucddump" ;; esac
if [ ! -x "$ucddump" ]; then
    echo "FAIL unicode: no ucddump binary at $ucddump"
    exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

# compare NAME WANT GOT: one PASS/FAIL line, the first differences on failure.
compare() {
    if cmp -s "$2" "$3"; then
        echo "PASS unicode/$1 ($(wc -l < "$2") lines)"
    else
        echo "FAIL unicode/$1"
        diff "$2" "$3" | head -20
        failed=1
    fi
}

"$ucddump" "$here/sample.txt" > "$tmp/sample" 2>&1
compare sample "$here/sample.exp" "$tmp/sample"

py=""
for c in ~/.pyenv/versions/3.13.0/bin/python3.13 ~/.pyenv/versions/3.13*/bin/python3.13 \
         "$(command -v python3.13 || true)"; do
    # A pyenv shim may exist without a usable python3.13: try it.
    if [ -n "$c" ] && [ -x "$c" ] && "$c" -c "import unicodedata" 2>/dev/null; then py=$c; break; fi
done
if [ -z "$py" ]; then
    echo "SKIP unicode: python3.13 not found"
    exit $failed
fi

"$ucddump" > "$tmp/got" || { echo "FAIL unicode/dump (exit status $?)"; exit 1; }
"$py" "$root/tools/ucddump-cpython.py" > "$tmp/want" || { echo "FAIL unicode/cpython dump"; exit 1; }
for aspect in P:properties C:case N:names D:normalization; do
    k=${aspect%%:*}
    grep "^$k " "$tmp/want" > "$tmp/want.$k"
    grep "^$k " "$tmp/got" > "$tmp/got.$k"
    compare "${aspect#*:}" "$tmp/want.$k" "$tmp/got.$k"
done
grep '^L ' "$tmp/got" > "$tmp/got.L"
"$py" "$root/tools/ucddump-cpython.py" --lookup "$tmp/got.L" > "$tmp/want.L"
compare aliases-and-sequences "$tmp/want.L" "$tmp/got.L"
exit $failed
