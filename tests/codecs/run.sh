#!/bin/bash
# codecs conformance: runs every line of cases.txt through codecs-check and
# compares with cases.exp (CPython's answers, made by
# tools/gen-codecs-expected.sh). Groups are the command and the codec
# ("decode-utf-8", "idecode-utf-16", "lookup", "fast"); prints PASS/FAIL
# codecs/<group> (n) with the first 20 differing lines of a failing group.
set -u
. "$(dirname "$0")/../lib/casegroups.sh"
GROUP_AWK='if (w[1] != "lookup" && w[1] != "fast") g = w[1] "-" w[2]'
casegroups codecs codecs-check
