#!/bin/bash
# Thread scaling of ftpy: each benchmark does the same total work on 1 and
# on N threads (default N = 2, the cores of the development VM) and the
# runner prints T(1)/T(N) (ideal: N). The best of 3 runs counts. For
# scale, "procs" is what N separate ftpy processes reach on the same
# machine (N * T(1) / time of N concurrent one-thread runs): on a loaded or
# SMT machine it is well below N, and threads cannot beat it.
#   bench/threads/run.sh [N...]     e.g. bench/threads/run.sh 2 4
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
ftpy=${FTPY:-$root/ftpy}
cd "$root/bench/threads" || exit 1
[ $# -eq 0 ] && set -- 2
best() {  # best of 3 elapsed times for bench $1 on $2 threads
    local b="" t
    for _ in 1 2 3; do
        t=$("$ftpy" "$1.py" "$2") || { echo "error running $1 $2" >&2; exit 1; }
        if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi
    done
    echo "$b"
}
procs() {  # N * T(1) / elapsed of N concurrent one-thread processes
    local s e
    s=$(date +%s.%N)
    for _ in $(seq "$2"); do "$ftpy" "$1.py" 1 >/dev/null & done
    wait
    e=$(date +%s.%N)
    awk "BEGIN{printf \"%.2fx\", $2 * $3 / ($e - $s)}"
}
printf '%-12s %9s' bench "T(1) s"
for n in "$@"; do printf ' %9s %11s %9s' "T($n) s" "T(1)/T($n)" "procs"; done
echo
for bench in cpu shared_read append; do
    t1=$(best "$bench" 1)
    printf '%-12s %9s' "$bench" "$t1"
    for n in "$@"; do
        tn=$(best "$bench" "$n")
        printf ' %9s %11s %9s' "$tn" "$(awk "BEGIN{printf \"%.2fx\", $t1/$tn}")" "$(procs "$bench" "$n" "$t1")"
    done
    echo
done
