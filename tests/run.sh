#!/bin/bash
# The whole test suite: C unit tests of the runtime (they hammer each
# concurrent mechanism from 2-8 threads), front-end conformance suites,
# Python scripts with CPython-made expected output, and the unit tests again
# under ThreadSanitizer and AddressSanitizer+UBSan. Every case prints
# "PASS name" or "FAIL name" (with a diff or the failing checks); the last
# line is "N passed, N failed" and the exit status is 1 if any failed.
#   tests/run.sh            everything (what CI runs)
#   tests/run.sh --quick    release build only: no sanitizers, no corpora
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
quick=0
[ "${1:-}" = "--quick" ] && quick=1
jobs=$(nproc 2>/dev/null || echo 2)

passed=0
failed=0
failures=()

# Reads PASS/FAIL lines from a command's output, echoing everything, and
# counts them under a prefix. A command that fails without any FAIL line
# counts as one failure (a crash, say).
run_cases() {
    local prefix=$1; shift
    local out rc npass nfail
    out=$("$@" 2>&1); rc=$?
    printf '%s\n' "$out" | sed -e "s|^PASS |PASS $prefix|" -e "s|^FAIL |FAIL $prefix|"
    npass=$(printf '%s\n' "$out" | grep -c '^PASS ')
    nfail=$(printf '%s\n' "$out" | grep -c '^FAIL ')
    while IFS= read -r l; do failures+=("$prefix${l#FAIL }"); done \
        < <(printf '%s\n' "$out" | grep '^FAIL ')
    if [ "$rc" -ne 0 ] && [ "$nfail" -eq 0 ]; then
        echo "FAIL $prefix$(basename "$1") (exit status $rc)"
        failures+=("$prefix$(basename "$1") (exit status $rc)")
        nfail=1
    fi
    passed=$((passed + npass))
    failed=$((failed + nfail))
}

section() { printf '\n== %s ==\n' "$1"; }

unit_tests() {
    local build=$1 prefix=$2
    for t in "$build"/tests/test_*; do
        [ -x "$t" ] || continue
        run_cases "$prefix$(basename "$t")/" "$t"
    done
}

# Python scripts: tests/py/**/NAME.py with NAME.exp beside it, made by
# tools/gen-expected.sh from CPython: stdout, then stderr, then
# "[exit status N]" when N is not 0. Scripts run from their own folder.
py_tests() {
    local ftpy=$1 prefix=$2 n=0 top=${3:-tests/py}
    local tmp; tmp=$(mktemp)
    while IFS= read -r -d '' f; do
        n=$((n + 1))
        local exp=${f%.py}.exp name=${f#tests/py/}
        name=${name%.py}
        if [ ! -f "$exp" ]; then
            echo "FAIL $prefix$name: missing $(basename "$exp") (run tools/gen-expected.sh $f)"
            failed=$((failed + 1)); failures+=("$prefix$name"); continue
        fi
        local dir; dir=$(cd "$(dirname "$f")" && pwd -P)
        ( cd "$dir" || exit 1
          "$ftpy" "$(basename "$f")" >"$tmp.out" 2>"$tmp.err" </dev/null
          rc=$?
          cat "$tmp.out" "$tmp.err"
          [ $rc -ne 0 ] && echo "[exit status $rc]"
          true ) | sed "s|$dir/||g" > "$tmp"
        if cmp -s "$exp" "$tmp"; then
            echo "PASS $prefix$name"; passed=$((passed + 1))
        else
            echo "FAIL $prefix$name"
            diff -u "$exp" "$tmp" | head -40
            failed=$((failed + 1)); failures+=("$prefix$name")
        fi
    done < <(find "$top" -name '*.py' -not -path '*/lib/*' -print0 2>/dev/null | sort -z)
    rm -f "$tmp" "$tmp.out" "$tmp.err"
    [ $n -eq 0 ] && echo "(no Python script tests yet: the VM is issue 4)"
}

section "build (release)"
make -s -j"$jobs" >/dev/null || { echo "FAIL build"; echo "0 passed, 1 failed"; exit 1; }
echo "built build/release"

section "runtime unit tests"
unit_tests build/release ""

section "front end and type-independent libraries"
run_cases "" tests/tokenizer/run.sh
[ -x tests/parser/run.sh ] && run_cases "" tests/parser/run.sh
[ -x tests/symtable/run.sh ] && run_cases "" tests/symtable/run.sh
run_cases "" tests/unicode/run.sh
run_cases "" tests/numfmt/run.sh
run_cases "" tests/hash/run.sh
run_cases "" tests/math/run.sh
run_cases "" tests/strops/run.sh
run_cases "" tests/codecs/run.sh
run_cases "" tests/regex/run.sh
run_cases "" tests/random/run.sh

section "originality of lib/"
# ftpy's Python-level library must be its own code, not CPython's.
if ! python3 -c pass >/dev/null 2>&1; then
    echo "skip lib-not-copied: no python3 to compare with"
elif python3 tools/check-not-copied.py > /tmp/ftpy-copycheck.$$ 2>&1; then
    echo "PASS lib-not-copied ($(grep -c '^ok' /tmp/ftpy-copycheck.$$) files checked)"
    passed=$((passed + 1))
else
    grep '^FAIL' /tmp/ftpy-copycheck.$$
    echo "FAIL lib-not-copied"
    failed=$((failed + 1)); failures+=("lib-not-copied")
fi
rm -f /tmp/ftpy-copycheck.$$

section "Python scripts"
py_tests "$root/build/release/ftpy" ""
FTPY="$root/build/release/ftpy" run_cases "" tests/vm/run.sh --no-corpus

if [ $quick -eq 0 ]; then
    for san in tsan asan; do
        section "sanitizer: $san"
        if make -s -j"$jobs" "$san" >/dev/null 2>&1; then
            # TSan: fail on any report in ftpy's code (halt_on_error makes a
            # report fatal, so it cannot hide behind a passing check).
            TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$root/tests/tsan.supp" \
            ASAN_OPTIONS="detect_leaks=0:halt_on_error=1" \
            UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
                unit_tests "build/$san" "$san:"
            FTPY_BUILD="build/$san" ASAN_OPTIONS="detect_leaks=0" \
                run_cases "$san:" tests/tokenizer/run.sh
            FTPY_BUILD="build/$san" ASAN_OPTIONS="detect_leaks=0" \
                run_cases "$san:" tests/numfmt/run.sh
            FTPY_BUILD="build/$san" ASAN_OPTIONS="detect_leaks=0" \
                run_cases "$san:" tests/math/run.sh
            FTPY_BUILD="build/$san" ASAN_OPTIONS="detect_leaks=0" \
                run_cases "$san:" tests/strops/run.sh
            FTPY_BUILD="build/$san" ASAN_OPTIONS="detect_leaks=0" \
                run_cases "$san:" tests/codecs/run.sh
            FTPY_BUILD="build/$san" ASAN_OPTIONS="detect_leaks=0" \
                run_cases "$san:" tests/regex/run.sh
            FTPY_BUILD="build/$san" ASAN_OPTIONS="detect_leaks=0" \
                run_cases "$san:" tests/random/run.sh
            [ -x tests/symtable/run.sh ] && FTPY_BUILD="build/$san" ASAN_OPTIONS="detect_leaks=0" \
                run_cases "$san:" tests/symtable/run.sh
            [ -x tests/parser/run.sh ] && FTPY="$root/build/$san/ftpy" ASAN_OPTIONS="detect_leaks=0" \
                run_cases "$san:" tests/parser/run.sh
            # The interpreter itself on every script test (ASan: memory
            # errors in the object layer and VM show up here).
            [ "$san" = asan ] && ASAN_OPTIONS="detect_leaks=0" UBSAN_OPTIONS="halt_on_error=1" \
                py_tests "$root/build/$san/ftpy" "$san:"
            # Python threads under TSan: any report fails the script.
            [ "$san" = tsan ] && TSAN_OPTIONS="halt_on_error=1 suppressions=$root/tests/tsan.supp" \
                py_tests "$root/build/$san/ftpy" "$san:" tests/py/threads
        else
            echo "FAIL $san: build failed"
            failed=$((failed + 1)); failures+=("$san build")
        fi
    done

    section "fuzz smoke run (libFuzzer, front end)"
    # A fixed number of runs from the checked-in cases as seeds, so the
    # result does not depend on the machine's speed.
    if make -s -j"$jobs" fuzz >/dev/null 2>&1; then
        fz=$(mktemp -d)
        cp tests/parser/*.py tests/parser/errors/*.py tests/tokenizer/*.py \
           tests/symtable/*.py "$fz/" 2>/dev/null
        if (cd "$fz" && ASAN_OPTIONS="detect_leaks=1" \
                "$root/build/fuzz/fuzz/fuzz_frontend" -runs=30000 -seed=1 \
                -max_len=8192 "$fz" > "$fz/log" 2>&1); then
            echo "PASS fuzz/frontend ($(grep -o 'Done [0-9]* runs' "$fz/log"))"
            passed=$((passed + 1))
        else
            echo "FAIL fuzz/frontend"
            grep -A20 -m1 'ERROR' "$fz/log" | head -30
            failed=$((failed + 1)); failures+=("fuzz/frontend")
        fi
        rm -rf "$fz"
    else
        echo "FAIL fuzz: build failed"
        failed=$((failed + 1)); failures+=("fuzz build")
    fi

    section "conformance corpora (python3.13's standard library)"
    run_cases "" tests/tokenizer/run.sh --corpus
    [ -x tests/parser/run.sh ] && run_cases "" tests/parser/run.sh --corpus
    [ -x tests/symtable/run.sh ] && run_cases "" tests/symtable/run.sh --corpus
    FTPY="$root/build/release/ftpy" run_cases "compile-corpus/" tests/vm/run.sh
fi

if [ $failed -gt 0 ]; then
    section "failures"
    printf '  %s\n' "${failures[@]}"
fi
echo
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
