#!/bin/bash
# strops conformance: runs every line of cases.txt through strops-check and
# compares with cases.exp (python3.13's answers, made by
# tools/gen-strops-expected.sh). Prints PASS/FAIL strops/<method> (cases)
# per method, with the first 10 differing lines of a failing one.
set -u
. "$(dirname "$0")/../lib/casegroups.sh"
casegroups strops strops-check
