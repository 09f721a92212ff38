# Shared runner of the line-by-line conformance suites (numfmt, math, strops,
# codecs, regex): tools/TOOL reads tests/NAME/cases.txt and prints one answer
# per case line; the answers must equal tests/NAME/cases.exp (CPython's, made
# by tools/gen-NAME-expected.sh). Prints "PASS NAME/GROUP (n)" or "FAIL
# NAME/GROUP (k of n differ)" with the first 20 differences, per group: the
# first word of a case, or what GROUP_AWK computes into g from its words w[].
# Returns 1 if any group failed. No CPython needed.
#   . "$(dirname "$0")/../lib/casegroups.sh"; casegroups NAME TOOL
casegroups() {
    local name=$1 toolname=$2
    local root build tool dir got status=0
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    build=${FTPY_BUILD:-build/release}
    case $build in /*) ;; *) build=$root/$build ;; esac
    tool=$build/tools/$toolname
    dir=$root/tests/$name
    if [ ! -x "$tool" ]; then
        echo "FAIL $name/build: $tool not built"
        return 1
    fi
    got=$(mktemp)
    if ! "$tool" < "$dir/cases.txt" > "$got"; then
        echo "FAIL $name/run: $toolname exited with status $?"
        rm -f "$got"
        return 1
    fi
    if [ "$(wc -l < "$got")" -ne "$(wc -l < "$dir/cases.txt")" ]; then
        echo "FAIL $name/run: $(wc -l < "$got") answers for $(wc -l < "$dir/cases.txt") cases"
        rm -f "$got"
        return 1
    fi
    paste -d '\t' "$dir/cases.txt" "$dir/cases.exp" "$got" | awk -F'\t' -v name="$name" '
        {
            split($1, w, " ")
            g = w[1]
            '"${GROUP_AWK:-}"'
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
                    printf "FAIL %s/%s (%d of %d differ)\n%s", name, g, bad[g], total[g], msg[g]
                    fail = 1
                } else {
                    printf "PASS %s/%s (%d)\n", name, g, total[g]
                }
            }
            exit fail
        }' || status=1
    rm -f "$got"
    return $status
}
