#!/bin/bash
# The compiler and VM suite. Prints "PASS name" / "FAIL name" lines and
# exits non-zero when any failed.
#  1. Compile corpus: `ftpy -X dis` on every .py of CPython 3.13's standard
#     library: no crash; a file CPython rejects must give a SyntaxError and
#     one it accepts must compile (skipped when the library is absent).
#  2. Scripts tests/vm/cases/*.py with CPython-made NAME.exp (stdout, then
#     stderr, then "[exit status N]" when N is not 0), run from their folder.
#   tests/vm/run.sh [--no-corpus] [DIR-or-FILE...]   (other script folders)
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
ftpy=${FTPY:-$root/ftpy}
corpus=1
[ "${1:-}" = "--no-corpus" ] && { corpus=0; shift; }
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("$root/tests/vm/cases")
failed=0
stdlib=~/.pyenv/versions/3.13.0/lib/python3.13
py313=~/.pyenv/versions/3.13.0/bin/python3.13

if [ $corpus -eq 1 ]; then
    if [ -d "$stdlib" ] && "$py313" -c pass 2>/dev/null; then
        tmp=$(mktemp -d)
        find "$stdlib" -name '*.py' -not -path '*/site-packages/*' | sort > "$tmp/files"
        # which files CPython rejects
        "$py313" - "$tmp/files" > "$tmp/rejected" <<'PY'
import sys
for p in open(sys.argv[1]).read().split('\n'):
    if not p: continue
    try:
        compile(open(p, 'rb').read(), p, 'exec')
    except (SyntaxError, ValueError):
        print(p)
PY
        bad=0; n=0
        while IFS= read -r f; do
            n=$((n + 1))
            "$ftpy" -X dis "$f" > /dev/null 2> "$tmp/err"
            rc=$?
            if grep -qxF "$f" "$tmp/rejected"; then
                if ! grep -q "Error" "$tmp/err" || [ $rc -ge 128 ]; then
                    echo "FAIL corpus: $f (CPython rejects it; ftpy rc=$rc)"; bad=$((bad + 1))
                fi
            elif [ $rc -ne 0 ]; then
                echo "FAIL corpus: $f (rc=$rc)"; head -5 "$tmp/err"; bad=$((bad + 1))
            fi
        done < "$tmp/files"
        if [ $bad -eq 0 ]; then echo "PASS corpus ($n files)"; else failed=$((failed + bad)); fi
        rm -rf "$tmp"
    else
        echo "PASS corpus (skipped: no CPython 3.13 standard library)"
    fi
fi

tmp=$(mktemp)
for t in "${targets[@]}"; do
    if [ -d "$t" ]; then
        mapfile -t files < <(find "$t" -name '*.py' -not -path '*/lib/*' | sort)
    else
        files=("$t")
    fi
    for f in "${files[@]}"; do
        exp=${f%.py}.exp
        name=${f#$root/}
        [ -f "$exp" ] || { echo "FAIL $name: no .exp"; failed=$((failed + 1)); continue; }
        dir=$(cd "$(dirname "$f")" && pwd -P)
        ( cd "$dir" || exit 1
          timeout 60 "$ftpy" "$(basename "$f")" > "$tmp.out" 2> "$tmp.err" < /dev/null
          rc=$?
          cat "$tmp.out" "$tmp.err"
          [ $rc -ne 0 ] && echo "[exit status $rc]"
          true ) | sed "s|$dir/||g" > "$tmp"
        if cmp -s "$exp" "$tmp"; then
            echo "PASS $name"
        else
            echo "FAIL $name"
            [ -n "${VERBOSE:-}" ] && diff -u "$exp" "$tmp" | head -30
            failed=$((failed + 1))
        fi
    done
done
rm -f "$tmp" "$tmp.out" "$tmp.err"
[ $failed -eq 0 ]
