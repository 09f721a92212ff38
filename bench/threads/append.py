# (c) N threads appending to one shared list (contended per-object lock).
from common import run

SHARED = []


def work(k, n):
    append = SHARED.append
    for i in range(n):
        append(i)


run(work, 4_000_000)
