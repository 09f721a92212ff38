#!/bin/bash
# numfmt conformance: runs every line of cases.txt through numfmt-check and
# compares with cases.exp (CPython's answers, made by
# tools/gen-numfmt-expected.sh). Prints PASS/FAIL numfmt/<group> per test
# command, with the first 20 differing lines of a failing group.
set -u
. "$(dirname "$0")/../lib/casegroups.sh"
casegroups numfmt numfmt-check
