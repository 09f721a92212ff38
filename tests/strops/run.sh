#!/bin/bash
# strops conformance: runs every line of cases.txt through strops-check and
# compares with cases.exp (python3.13's answers, made by
# tools/gen-strops-expected.sh). Prints PASS/FAIL strops/<method> (cases)
# per method, with the first 10 differing lines of a failing one.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FTPY_BUILD:-build/release}
case $build in /*) ;; *) build=$root/$build ;; esac
tool=$build/tools/strops-check
dir=$root/tests/strops
if [ ! -x "$tool" ]; then
    echo "FAIL strops/build: $tool not built"
    exit 1
fi
got=$(mktemp)
trap 'rm -f "$got"' EXIT
if ! "$tool" < "$dir/cases.txt" > "$got"; then
    echo "FAIL strops/run: strops-check exited with status $?"
    exit 1
fi
# case line, expected, got: one tab-separated row per case; one awk pass
# reports every method
paste -d '\t' "$dir/cases.txt" "$dir/cases.exp" "$got" | awk -F'\t' '
    { split($1, w, " "); g = w[1]; if (!(g in n)) order[++k] = g; n[g]++
      if ($2 != $3) { bad[g]++
          if (bad[g] <= 10) msg[g] = msg[g] sprintf("  %s\n    want: %s\n    got:  %s\n",
              substr($1, 1, 200), substr($2, 1, 300), substr($3, 1, 300)) } }
    END { st = 0
          for (i = 1; i <= k; i++) { g = order[i]
              if (bad[g]) { printf "FAIL strops/%s (%d of %d differ)\n%s", g, bad[g], n[g], msg[g]; st = 1 }
              else printf "PASS strops/%s (%d)\n", g, n[g] }
          exit st }'
