#!/bin/bash
# mathcore conformance: runs every line of cases.txt through math-check and
# compares with cases.exp (CPython's answers, made by
# tools/gen-math-expected.sh). Prints PASS/FAIL math/<group> per function,
# with the first 20 differing lines of a failing group. No CPython needed.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FTPY_BUILD:-build/release}
case $build in /*) ;; *) build=$root/$build ;; esac
tool=$build/tools/math-check
dir=$root/tests/math
if [ ! -x "$tool" ]; then
    echo "FAIL math/build: $tool not built"
    exit 1
fi
got=$(mktemp)
trap 'rm -f "$got"' EXIT
if ! "$tool" < "$dir/cases.txt" > "$got"; then
    echo "FAIL math/run: math-check exited with status $?"
    exit 1
fi
status=0
# One awk pass over case, expected and got: counts and first failures per group.
paste -d '\t' "$dir/cases.txt" "$dir/cases.exp" "$got" | awk -F'\t' '
    {
        split($1, w, " "); g = w[1]
        if (!(g in total)) order[++ng] = g
        total[g]++
        if ($2 != $3) {
            bad[g]++
            if (bad[g] <= 20)
                msg[g] = msg[g] sprintf("  %s\n    want: %s\n    got:  %s\n",
                    substr($1, 1, 200), substr($2, 1, 300), substr($3, 1, 300))
        }
    }
    END {
        fail = 0
        for (i = 1; i <= ng; i++) {
            g = order[i]
            if (bad[g]) {
                printf "FAIL math/%s (%d of %d differ)\n%s", g, bad[g], total[g], msg[g]
                fail = 1
            } else {
                printf "PASS math/%s (%d)\n", g, total[g]
            }
        }
        exit fail
    }' || status=1
exit $status
