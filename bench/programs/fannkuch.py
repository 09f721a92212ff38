# fannkuch: for every permutation of 1..n, count the prefix reversals
# ("pancake flips") until 1 is first; prints a signed checksum and the maximum.
# Argument: n (default 9, computed 3 times; "small" = 7 once).
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        # next permutation in the counting order: rotate the first r+1 items
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    n = 7 if arg == "small" else int(arg) if arg else 9
    rounds = 3 if arg == "" else 1
    results = {fannkuch(n) for _ in range(rounds)}
    if len(results) != 1:
        raise RuntimeError("fannkuch is not deterministic")
    checksum, flips = results.pop()
    print(f"checksum {checksum}")
    print(f"Pfannkuchen({n}) = {flips}")


main()
