#!/bin/bash
# mathcore conformance: runs every line of cases.txt through math-check and
# compares with cases.exp (CPython's answers, made by
# tools/gen-math-expected.sh). Prints PASS/FAIL math/<group> per function,
# with the first 20 differing lines of a failing group. No CPython needed.
set -u
. "$(dirname "$0")/../lib/casegroups.sh"
casegroups math math-check
