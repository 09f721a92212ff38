# (b) N threads reading one shared dict and list, one shared instance's
# attributes, and calling shared functions: the pattern where reading a
# shared object must not write to it.
from common import run

TABLE = {i: i * 2 for i in range(1000)}
ITEMS = list(range(1000))


class Config:
    def __init__(self):
        self.factor = 3
        self.offset = 1


CONFIG = Config()


def helper(x):
    return x + CONFIG.offset


def work(k, n):
    acc = 0
    get = TABLE.get
    for i in range(n):
        j = i % 1000
        acc += get(j) + ITEMS[j] * CONFIG.factor
        acc = helper(acc) & 0xFFFF
    return acc


run(work, 3_000_000)
