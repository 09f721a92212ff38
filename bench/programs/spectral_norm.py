# spectral-norm: the largest singular value of an infinite matrix with
# entries 1/((i+j)(i+j+1)/2+i+1), by power iteration on A^T A.
# Argument: the matrix order (default 500; "small" = 40).
import sys
import math


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v):
    n = len(v)
    return [sum(entry(i, j) * vj for j, vj in enumerate(v)) for i in range(n)]


def times_transposed(v):
    n = len(v)
    return [sum(entry(j, i) * vj for j, vj in enumerate(v)) for i in range(n)]


def times_ata(v):
    return times_transposed(times(v))


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    n = 40 if arg == "small" else int(arg) if arg else 500
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    print(f"n {n}")
    print(f"spectral norm {math.sqrt(vbv / vv):.9f}")


main()
