# (a) Independent CPU-bound work: each thread runs its own loops on
# private data (ints, floats, a small list).
from common import run


def work(k, n):
    acc = 0
    f = 0.5
    buf = [0] * 16
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
        f = f * 1.0000001 + 0.5
        buf[i & 15] += 1
    return acc


run(work, 6_000_000)
