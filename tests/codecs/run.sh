#!/bin/bash
# codecs conformance: runs every line of cases.txt through codecs-check and
# compares with cases.exp (CPython's answers, made by
# tools/gen-codecs-expected.sh). Groups are the command and the codec
# ("decode-utf-8", "idecode-utf-16", "lookup", "fast"); prints PASS/FAIL
# codecs/<group> (n) with the first 20 differing lines of a failing group.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FTPY_BUILD:-build/release}
case $build in /*) ;; *) build=$root/$build ;; esac
tool=$build/tools/codecs-check
dir=$root/tests/codecs
if [ ! -x "$tool" ]; then
    echo "FAIL codecs/build: $tool not built"
    exit 1
fi
got=$(mktemp)
trap 'rm -f "$got"' EXIT
if ! "$tool" < "$dir/cases.txt" > "$got"; then
    echo "FAIL codecs/run: codecs-check exited with status $?"
    exit 1
fi
if [ "$(wc -l < "$got")" -ne "$(wc -l < "$dir/cases.txt")" ]; then
    echo "FAIL codecs/run: $(wc -l < "$got") results for $(wc -l < "$dir/cases.txt") cases"
    exit 1
fi
# One pass: the group of each row is its command, plus the codec except for
# lookup and fast; awk counts cases per group and keeps the first 20 differences.
paste -d '\t' "$dir/cases.txt" "$dir/cases.exp" "$got" | awk -F'\t' '
{
    split($1, a, " ")
    g = (a[1] == "lookup" || a[1] == "fast") ? a[1] : a[1] "-" a[2]
    if (!(g in n)) order[++ng] = g
    n[g]++
    if ($2 != $3) {
        bad[g]++
        if (bad[g] <= 20)
            diff[g] = diff[g] sprintf("  %s\n    want: %s\n    got:  %s\n", substr($1, 1, 200), substr($2, 1, 300), substr($3, 1, 300))
    }
}
END {
    status = 0
    for (i = 1; i <= ng; i++) {
        g = order[i]
        if (g in bad) {
            printf "FAIL codecs/%s (%d of %d differ)\n%s", g, bad[g], n[g], diff[g]
            status = 1
        } else {
            printf "PASS codecs/%s (%d)\n", g, n[g]
        }
    }
    exit status
}'
