#!/bin/bash
# Parser conformance: `ftpy -X dump-ast FILE` must print what python3.13's
# ast.dump(ast.parse(source)) prints (tests/parser/*.exp), and for the
# files under errors/ the SyntaxError python3.13 reports for running them
# (errors/*.exp; the File line's path normalised to the bare file name).
# See tools/gen-parser-expected.sh.
#   tests/parser/run.sh            the checked-in cases
#   tests/parser/run.sh --corpus   every .py of python3.13's stdlib against
#                                  python3.13 itself (skipped if absent)
#   tests/parser/run.sh --corpus-positions
#                                  the same with node positions: astdump --attrs
#                                  against ast.dump(..., include_attributes=True)
#                                  (files python3.13 cannot parse are skipped)
# The binary: $FTPY (default ./build/release/ftpy); astdump: $ASTDUMP (default
# ./build/release/tools/astdump).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ftpy=${FTPY:-$root/build/release/ftpy}
case "$ftpy" in /*) ;; *) ftpy="$PWD/$ftpy" ;; esac
if [ ! -x "$ftpy" ]; then
    echo "FAIL parser: no ftpy binary at $ftpy"
    exit 1
fi

if [ "${1:-}" = "--corpus" ] || [ "${1:-}" = "--corpus-positions" ]; then
    mode=$1
    py=""
    for c in ~/.pyenv/versions/3.13.0/bin/python3.13 ~/.pyenv/versions/3.13*/bin/python3.13; do
        if [ -x "$c" ]; then py=$c; break; fi
    done
    lib=~/.pyenv/versions/3.13.0/lib/python3.13
    if [ -z "$py" ]; then echo "SKIP parser corpus: python3.13 not found"; exit 0; fi
    if [ ! -d "$lib" ]; then echo "SKIP parser corpus: $lib not found"; exit 0; fi
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cd "$lib" || exit 1
    astdump=${ASTDUMP:-$root/build/release/tools/astdump}
    case "$astdump" in /*) ;; *) astdump="$root/$astdump" ;; esac
    export py ftpy tmp astdump KEEP_DIFFS
    if [ "$mode" = "--corpus-positions" ]; then
        checkpos() {
            f=$1
            key=$(printf '%s' "$f" | md5sum | cut -c1-16)
            if ! "$py" -c 'import ast,sys
print(ast.dump(ast.parse(open(sys.argv[1], "rb").read()), include_attributes=True))' "$f" > "$tmp/$key.want" 2>/dev/null; then
                echo "SKIP"
            elif "$astdump" --attrs "$f" 2>&1 | cmp -s "$tmp/$key.want" -; then
                echo "SAME"
            else
                echo "FAIL parser positions/${f#./}"
                [ -n "${KEEP_DIFFS:-}" ] && { cp "$tmp/$key.want" "$KEEP_DIFFS/$key.want"; "$astdump" --attrs "$f" > "$KEEP_DIFFS/$key.got" 2>&1; echo "$f" > "$KEEP_DIFFS/$key.name"; }
            fi
            rm -f "$tmp/$key.want"
        }
        export -f checkpos
        find . -name '*.py' -print0 | sort -z |
            xargs -0 -P2 -n1 bash -c 'checkpos "$0"' > "$tmp/results"
        n=$(grep -vc '^SKIP$' "$tmp/results")
        same=$(grep -c '^SAME$' "$tmp/results")
        grep '^FAIL' "$tmp/results" | sort
        echo "parser positions: $n files, $same identical"
        [ "$n" -eq "$same" ]
        exit $?
    fi
    # One file: python3.13's dump (or its SyntaxError) against ours.
    check() {
        f=$1
        key=$(printf '%s' "$f" | md5sum | cut -c1-16)
        # The dump when ast.parse succeeds; otherwise what running the file
        # prints (nothing runs: it does not parse), with python's absolute
        # script path made relative again.
        if "$py" -c 'import ast,sys
print(ast.dump(ast.parse(open(sys.argv[1], "rb").read())))' "$f" > "$tmp/$key.want" 2>/dev/null; then
            wrc=0
        else
            "$py" "$f" 2>&1 >/dev/null | sed "s|$PWD/||g" > "$tmp/$key.want"
            wrc=1
        fi
        "$ftpy" -X dump-ast "$f" > "$tmp/$key.got" 2>&1
        grc=$?
        if [ $wrc -eq $grc ] && cmp -s "$tmp/$key.want" "$tmp/$key.got"; then
            echo "SAME"
        else
            echo "FAIL parser corpus/${f#./}"
        fi
        rm -f "$tmp/$key.want" "$tmp/$key.got"
    }
    export -f check
    find . -name '*.py' -print0 | sort -z |
        xargs -0 -P2 -n1 bash -c 'check "$0"' > "$tmp/results"
    n=$(wc -l < "$tmp/results")
    same=$(grep -c '^SAME$' "$tmp/results")
    grep -v '^SAME$' "$tmp/results" | sort
    echo "parser corpus: $n files, $same identical"
    [ "$n" -eq "$same" ]
    exit $?
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
run_case() {
    local py=$1 exp=$2 name=$3
    (cd "$(dirname "$py")" && "$ftpy" -X dump-ast "$(basename "$py")") > "$tmp/got" 2>&1
    if cmp -s "$exp" "$tmp/got"; then
        echo "PASS parser/$name"
    else
        echo "FAIL parser/$name"
        diff -u "$exp" "$tmp/got" | head -40
        failed=1
    fi
}
for f in "$here"/*.py; do
    [ -e "$f" ] || continue
    b=$(basename "$f" .py)
    run_case "$f" "$here/$b.exp" "$b"
done
for f in "$here"/errors/*.py; do
    [ -e "$f" ] || continue
    b=$(basename "$f" .py)
    run_case "$f" "$here/errors/$b.exp" "errors/$b"
done
exit $failed
