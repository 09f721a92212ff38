# n-queens: counts the placements of n non-attacking queens three ways -- a
# recursive backtracker over sets, one over integer bit masks, and a
# generator filter over permutations.
# Argument: the largest board for the backtracker (default 11; "small" = 7).
import sys


def backtrack(n):
    """Counts solutions row by row, keeping the attacked columns and
    diagonals in sets; also returns the lexicographically first solution."""
    cols, diag1, diag2 = set(), set(), set()
    placed = []
    found = []

    def place(row):
        if row == n:
            if not found:
                found.append(tuple(placed))
            return 1
        count = 0
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            count += place(row + 1)
            placed.pop()
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)
        return count

    total = place(0)
    return total, found[0] if found else None


def bitmask(n):
    """The same search with the attacked squares of the next row as bits."""
    full = (1 << n) - 1

    def solve(cols, left, right):
        if cols == full:
            return 1
        count = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            count += solve(cols | bit, (left | bit) << 1 & full, (right | bit) >> 1)
        return count

    return solve(0, 0, 0)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest


def by_permutations(n):
    """Every permutation is a placement with distinct rows and columns; keep
    those whose diagonals are distinct too."""
    return sum(1 for p in permutations(list(range(n)))
               if len({r + c for r, c in enumerate(p)}) == n
               and len({r - c for r, c in enumerate(p)}) == n)


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    n = 7 if arg == "small" else int(arg) if arg else 11
    for size in range(4, n + 1):
        count, first = backtrack(size)
        print(f"{size:2d} queens: {count:4d} solutions, first {first}")
    counts = [bitmask(size) for size in range(1, n + 2)]
    print(f"bit masks, 1..{n + 1} queens: {counts}")
    m = min(n - 2, 9)
    print(f"{m} queens by permutations: {by_permutations(m)}")


main()
