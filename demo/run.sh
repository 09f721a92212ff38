#!/bin/bash
# ftpy's main job: CPU-bound work on several threads at once, and the
# speed-up over one thread: the runtime's own multi-threaded self-check,
# then the same as a Python program (demo/threads_demo.py).
set -eu
cd "$(dirname "$0")/.."
./build/release/ftpy -X selfcheck
exec ./build/release/ftpy demo/threads_demo.py
