#!/bin/bash
# Front-end throughput against CPython on the same files: ftpy's parser +
# symbol table and the whole compile to code objects (bench/parse_throughput.c)
# next to python3.13's ast.parse
# and compile() (which also generates bytecode), all timed in-process over
# every .py of python3.13's standard library, best of 3.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$HOME/.pyenv/versions/3.13.0/lib/python3.13}
py=""
for c in ~/.pyenv/versions/3.13*/bin/python3.13 python3.13; do
    if "$c" -c pass >/dev/null 2>&1; then py=$c; break; fi
done
"$root/build/release/bench/parse_throughput" "$dir" 3 || exit 1
[ -z "$py" ] && { echo "(no python3.13 to compare with)"; exit 0; }
"$py" - "$dir" <<'PY'
import ast, os, sys, time
root = sys.argv[1]
srcs = []
for d, _, files in os.walk(root):
    for f in files:
        if f.endswith(".py"):
            p = os.path.join(d, f)
            with open(p, "rb") as fh:
                srcs.append((p, fh.read()))
total = sum(len(s) for _, s in srcs) / 1e6
def run(fn):
    best = 1e30
    for _ in range(3):
        t0 = time.perf_counter()
        for p, s in srcs:
            try:
                fn(s, p)
            except (SyntaxError, ValueError):
                pass
        best = min(best, time.perf_counter() - t0)
    return best
import warnings
warnings.simplefilter("ignore")
t = run(lambda s, p: ast.parse(s, p))
print(f"python3.13 ast.parse:  {len(srcs)} files, {total:.1f} MB, best of 3: {t:.3f} s, {total / t:.1f} MB/s")
t = run(lambda s, p: compile(s, p, "exec"))
print(f"python3.13 compile():  {len(srcs)} files, {total:.1f} MB, best of 3: {t:.3f} s, {total / t:.1f} MB/s")
PY
