# chaos game: iterated function systems (a fern and a Sierpinski triangle)
# driven by a linear congruential generator written here; the visited points
# are binned on a grid, and the grid is printed as a checksum and a sketch.
# Argument: points per figure (default 600000; "small" = 10000).
import sys


class Lcg:
    """A 48-bit linear congruential generator (the drand48 constants)."""

    def __init__(self, seed):
        self.state = (seed << 16 | 0x330E) & 0xFFFFFFFFFFFF

    def next_bits(self, bits):
        self.state = (self.state * 0x5DEECE66D + 0xB) & 0xFFFFFFFFFFFF
        return self.state >> (48 - bits)

    def random(self):
        return self.next_bits(30) / 1073741824.0

    def choose(self, cumulative):
        r = self.random()
        for i, c in enumerate(cumulative):
            if r < c:
                return i
        return len(cumulative) - 1


class Affine:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def __call__(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


def cumulative(weights):
    total = sum(weights)
    out, acc = [], 0.0
    for w in weights:
        acc += w
        out.append(acc / total)
    return out


def play(maps, weights, points, rng, box, size):
    xmin, xmax, ymin, ymax = box
    cum = cumulative(weights)
    grid = {}
    x, y = 0.0, 0.0
    for i in range(points):
        x, y = maps[rng.choose(cum)](x, y)
        if i < 20:
            continue        # let the orbit settle on the attractor
        col = int((x - xmin) / (xmax - xmin) * size)
        row = int((ymax - y) / (ymax - ymin) * size)
        if 0 <= col < size and 0 <= row < size:
            key = (row, col)
            grid[key] = grid.get(key, 0) + 1
    return grid


def report(name, grid, size):
    checksum = 0
    for (row, col), n in sorted(grid.items()):
        checksum = (checksum * 1000003 + row * size + col + n * 7919) % (1 << 61)
    print(f"{name}: {len(grid)} cells, busiest {max(grid.values())}, "
          f"checksum {checksum}")
    shades = " .:-=+*#%@"
    step = size // 16
    blocks = [[sum(grid.get((rr, cc), 0) for rr in range(r, r + step * 2)
                   for cc in range(c, c + step))
               for c in range(0, size, step)]
              for r in range(0, size, step * 2)]
    top = max(max(line) for line in blocks)
    for line in blocks:
        print("  |" + "".join(shades[min(9, n * 10 // top)] if n else " "
                              for n in line).rstrip())


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    points = 10000 if arg == "small" else int(arg) if arg else 600000
    rng = Lcg(20240601)
    fern = [Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0),
            Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6),
            Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6),
            Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)]
    size = 64
    grid = play(fern, [1, 85, 7, 7], points, rng, (-2.5, 2.8, 0.0, 10.0), size)
    report("fern", grid, size)
    tri = [Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0),
           Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0),
           Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.5)]
    grid = play(tri, [1, 1, 1], points, rng, (0.0, 1.0, 0.0, 1.0), size)
    report("triangle", grid, size)


main()
