#!/bin/bash
# random core conformance: runs every line of cases.txt through random-check
# and compares with cases.exp (CPython's answers, made by
# tools/gen-random-expected.sh). Prints PASS/FAIL random/<group> per
# operation, with the first 20 differing lines of a failing group.
set -u
. "$(dirname "$0")/../lib/casegroups.sh"
casegroups random random-check
