#!/bin/bash
# regex conformance: runs every line of cases.txt through regex-check and
# compares with cases.exp (CPython's answers, made by
# tools/gen-regex-expected.sh). Prints PASS/FAIL regex/<group> per feature
# group, with the first 20 differing lines of a failing group.
set -u
. "$(dirname "$0")/../lib/casegroups.sh"
casegroups regex regex-check
