#!/bin/bash
# regex conformance: runs every line of cases.txt through regex-check and
# compares with cases.exp (CPython's answers, made by
# tools/gen-regex-expected.sh). Prints PASS/FAIL regex/<group> per feature
# group, with the first 20 differing lines of a failing group.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FTPY_BUILD:-build/release}
case $build in /*) ;; *) build=$root/$build ;; esac
tool=$build/tools/regex-check
dir=$root/tests/regex
if [ ! -x "$tool" ]; then
    echo "FAIL regex/build: $tool not built"
    exit 1
fi
got=$(mktemp)
trap 'rm -f "$got"' EXIT
if ! "$tool" < "$dir/cases.txt" > "$got"; then
    echo "FAIL regex/run: regex-check exited with status $?"
    exit 1
fi
# case line, expected, got: one tab-separated row per case
rows=$(paste -d '\t' "$dir/cases.txt" "$dir/cases.exp" "$got")
status=0
for group in $(cut -d' ' -f1 "$dir/cases.txt" | sort -u); do
    bad=$(printf '%s\n' "$rows" | awk -F'\t' -v g="$group" \
        'index($1, g " ") == 1 && $2 != $3 { n++; if (n <= 20) printf "  %s\n    want: %s\n    got:  %s\n", substr($1, 1, 200), substr($2, 1, 300), substr($3, 1, 300) } END { exit n > 0 }')
    if [ $? -eq 0 ]; then
        echo "PASS regex/$group"
    else
        echo "FAIL regex/$group"
        printf '%s\n' "$bad"
        status=1
    fi
done
exit $status
