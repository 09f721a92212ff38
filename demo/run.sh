#!/bin/bash
# ftpy's main job: CPU-bound work on several threads at once, and the
# speed-up over one thread. Until the interpreter runs Python (issues 3-4)
# this is the runtime's own multi-threaded self-check; the command that
# runs it (`make demo`) stays the same when it becomes a Python program.
set -eu
cd "$(dirname "$0")/.."
exec ./build/release/ftpy -X selfcheck
