#!/bin/bash
# Benchmark runner: times each bench/programs/*.py under ftpy and under the
# reference CPython in alternation, checks both outputs against the .exp, and
# prints median times, time and peak-memory ratios, and their geometric means.
#   bench/run.sh [-r N] [-k PATTERN] [--small] [-t SECONDS] [-v]
#     -r N        runs per interpreter and program (default 3), alternating
#                 ftpy, cpython, ftpy, cpython, ...
#     -k PATTERN  only programs whose name contains PATTERN (repeatable)
#     --small     the small size (argument `small`, NAME.small.exp)
#     -t SECONDS  time limit of one run (default 300); past it: TIMEOUT
#     -v          show the first lines of stderr / the diff of failures
#   FTPY (default ./build/release/ftpy) and PYTHON (default python3.13 from
#   ~/.pyenv, else from PATH) pick the interpreters.
# Exit status: 0 when every selected program ran correctly under both, else 1.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/bench/programs

reps=3
patterns=()
small=0
limit=300
verbose=0
usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case $1 in
        -r) reps=${2:?-r needs a number}; shift 2 ;;
        -k) patterns+=("${2:?-k needs a pattern}"); shift 2 ;;
        --small) small=1; shift ;;
        -t) limit=${2:?-t needs seconds}; shift 2 ;;
        -v) verbose=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
case $reps in ''|*[!0-9]*|0) echo "run.sh: -r wants a positive number" >&2; exit 2 ;; esac

ftpy=${FTPY:-$root/build/release/ftpy}
py=${PYTHON:-}
if [ -z "$py" ]; then
    for c in ~/.pyenv/versions/3.13*/bin/python3.13 python3.13; do
        if command -v "$c" >/dev/null 2>&1; then py=$(command -v "$c"); break; fi
    done
fi
if [ -z "$py" ] || ! command -v "$py" >/dev/null 2>&1; then
    echo "run.sh: no reference python3.13 found (set PYTHON)" >&2
    exit 2
fi
if [ ! -x /usr/bin/time ]; then
    echo "run.sh: /usr/bin/time (GNU time) is required" >&2
    exit 2
fi
# absolute paths: the programs run from their own folder
case $ftpy in
    /*) ;;
    */*) ftpy=$(pwd)/$ftpy ;;
    *) ftpy=$(command -v "$ftpy" || echo "$ftpy") ;;
esac

programs=()
for f in "$dir"/*.py; do
    name=$(basename "$f" .py)
    if [ ${#patterns[@]} -gt 0 ]; then
        hit=0
        for p in "${patterns[@]}"; do [[ $name == *"$p"* ]] && hit=1; done
        [ $hit -eq 1 ] || continue
    fi
    programs+=("$name")
done
if [ ${#programs[@]} -eq 0 ]; then
    echo "run.sh: no program matches" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
arg=(); suffix=.exp; size=default
if [ $small -eq 1 ]; then arg=(small); suffix=.small.exp; size=small; fi

echo "ftpy:    $ftpy"
echo "cpython: $py ($("$py" -V 2>&1))"
echo "size:    $size, $reps run(s) each, alternating"
echo

# run_one INTERP NAME EXP TAG: one timed run; sets run_secs, run_kb and
# run_err ("" when the output matched the .exp).
run_one() {
    local interp=$1 name=$2 exp=$3 tag=$4 rc
    ( cd "$dir" && exec /usr/bin/time -f '%e %M' -o "$tmp/$tag.time" \
        timeout "$limit" "$interp" "$name.py" "${arg[@]}" \
        >"$tmp/$tag.out" 2>"$tmp/$tag.err" </dev/null )
    rc=$?
    run_err=""
    if [ $rc -eq 124 ]; then
        run_err="TIMEOUT (${limit}s)"
    elif [ $rc -gt 128 ]; then
        run_err="FAILED (exit $rc: signal $((rc - 128)))"
    elif [ $rc -ne 0 ]; then
        run_err="FAILED (exit $rc)"
    elif ! cmp -s "$tmp/$tag.out" "$exp"; then
        run_err="WRONG OUTPUT"
    fi
    read -r run_secs run_kb < <(tail -n 1 "$tmp/$tag.time")
    if [ -n "$run_err" ] && [ $verbose -eq 1 ]; then
        {
            echo "    --- $tag $name: $run_err"
            if [ "$run_err" = "WRONG OUTPUT" ]; then
                diff "$exp" "$tmp/$tag.out" | head -n 8 | sed 's/^/    /'
            else
                head -n 4 "$tmp/$tag.err" | sed 's/^/    /'
            fi
        } >>"$tmp/notes"
    fi
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '
    { v[NR] = $1 }
    END { if (NR == 0) exit; m = int((NR + 1) / 2);
          if (NR % 2) printf "%.2f\n", v[m]; else printf "%.2f\n", (v[m] + v[m + 1]) / 2 }'; }

printf '%-16s %9s %9s %8s %9s %9s %8s\n' program "ftpy s" "cpython s" "time x" \
    "ftpy MB" "cpy MB" "mem x"
printf '%-16s %9s %9s %8s %9s %9s %8s\n' ---------------- --------- --------- \
    -------- --------- --------- --------
ok=0; ftpy_failed=0; cpy_failed=0
time_ratios=(); mem_ratios=()
for name in "${programs[@]}"; do
    : >"$tmp/notes"
    exp=$dir/$name$suffix
    if [ ! -f "$exp" ]; then
        printf '%-16s %s\n' "$name" "NO EXPECTED OUTPUT ($(basename "$exp"); run tools/gen-bench-expected.sh)"
        cpy_failed=$((cpy_failed + 1))
        continue
    fi
    f_err=""; c_err=""
    [ -x "$ftpy" ] || f_err="FAILED (no ftpy at $ftpy)"
    f_secs=""; f_kb=""; c_secs=""; c_kb=""
    for ((i = 0; i < reps; i++)); do
        if [ -z "$f_err" ]; then
            run_one "$ftpy" "$name" "$exp" ftpy
            f_err=$run_err
            [ -z "$f_err" ] && { f_secs+=" $run_secs"; f_kb+=" $run_kb"; }
        fi
        if [ -z "$c_err" ]; then
            run_one "$py" "$name" "$exp" cpython
            c_err=$run_err
            [ -z "$c_err" ] && { c_secs+=" $run_secs"; c_kb+=" $run_kb"; }
        fi
        [ -n "$f_err" ] && [ -n "$c_err" ] && break
    done
    c_t=$(echo "$c_secs" | median); c_m=$(echo "$c_kb" | median)
    f_t=$(echo "$f_secs" | median); f_m=$(echo "$f_kb" | median)
    c_col=-; c_mb=-
    if [ -z "$c_err" ]; then
        c_col=$c_t
        c_mb=$(awk -v k="$c_m" 'BEGIN { printf "%.1f", k / 1024 }')
    fi
    if [ -n "$f_err" ] || [ -n "$c_err" ]; then
        [ -n "$f_err" ] && ftpy_failed=$((ftpy_failed + 1))
        [ -n "$c_err" ] && cpy_failed=$((cpy_failed + 1))
        status=""
        [ -n "$f_err" ] && status="ftpy $f_err"
        [ -n "$c_err" ] && status="${status:+$status; }cpython $c_err"
        printf '%-16s %9s %9s %8s %9s %9s %8s  %s\n' "$name" - "$c_col" - - "$c_mb" - "$status"
    else
        ok=$((ok + 1))
        tr=$(awk -v a="$f_t" -v b="$c_t" 'BEGIN { if (b <= 0) b = 0.005; printf "%.2f", a / b }')
        mr=$(awk -v a="$f_m" -v b="$c_m" 'BEGIN { printf "%.2f", a / b }')
        time_ratios+=("$tr"); mem_ratios+=("$mr")
        printf '%-16s %9s %9s %8s %9s %9s %8s\n' "$name" "$f_t" "$c_t" "$tr" \
            "$(awk -v k="$f_m" 'BEGIN { printf "%.1f", k / 1024 }')" "$c_mb" "$mr"
    fi
    [ -s "$tmp/notes" ] && cat "$tmp/notes"
done

geomean() { awk '{ s += log($1); n++ } END { if (n) printf "%.2f", exp(s / n); else printf "n/a" }'; }
echo
gt=$(printf '%s\n' "${time_ratios[@]}" | grep -v '^$' | geomean)
gm=$(printf '%s\n' "${mem_ratios[@]}" | grep -v '^$' | geomean)
echo "geometric mean over $ok program(s) that ran correctly: time x $gt, memory x $gm"
total=${#programs[@]}
echo "summary: $total program(s), $ok correct under both, $ftpy_failed failed under ftpy, $cpy_failed failed under cpython"
[ "$ok" -eq "$total" ] && exit 0
exit 1
