#!/usr/bin/env python3
"""Flags files of ftpy's lib/ that reproduce CPython's standard library
source: ftpy's modules must be its own code. Compares each lib/X.py with
CPython's X.py (from the python3.13 on this machine) after dropping blank
lines and comments, and reports runs of identical consecutive lines.
A file fails when it shares a run of RUN_LIMIT or more lines, or when more
than SHARE_LIMIT of its lines lie in runs of 6 or more.

  tools/check-not-copied.py [FILE...]     (default: every lib/**/*.py)
Exit status 1 when any file fails."""
import difflib
import glob
import os
import sys

RUN_LIMIT = 20
SHARE_LIMIT = 0.35
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CPY = os.path.expanduser("~/.pyenv/versions/3.13.0/lib/python3.13")


def norm(path):
    out = []
    with open(path, errors="replace") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def main(argv):
    if not os.path.isdir(CPY):
        print("check-not-copied: no CPython library at", CPY, "- skipped")
        return 0
    libdir = os.path.join(ROOT, "lib")
    files = argv or sorted(glob.glob(os.path.join(libdir, "**", "*.py"), recursive=True))
    bad = 0
    for f in files:
        rel = os.path.relpath(os.path.abspath(f), libdir)
        ref = os.path.join(CPY, rel)
        if not os.path.exists(ref):
            continue
        a, b = norm(f), norm(ref)
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        runs = [m.size for m in sm.get_matching_blocks() if m.size >= 6]
        longest = max(runs, default=0)
        share = sum(runs) / max(len(a), 1)
        ok = longest < RUN_LIMIT and share <= SHARE_LIMIT
        bad += not ok
        print("%s %s: longest shared run %d lines, %.0f%% in runs of 6+"
              % ("ok  " if ok else "FAIL", rel, longest, 100 * share))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
