# float: many small point objects on a twisted spiral -- creation, properties,
# normalisation, rotation and reductions with math functions.
# Argument: number of points (default 300000; "small" = 5000).
import sys
import math


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        t = float(i)
        self.x = math.sin(t) * (1.0 + t * 1e-4)
        self.y = math.cos(t) * 3.0
        self.z = (self.x * self.x) / 2.0 + math.sqrt(t + 1.0) * 1e-2

    def __repr__(self):
        return f"<Point {self.x:.6f} {self.y:.6f} {self.z:.6f}>"

    @property
    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        n = self.norm
        self.x /= n
        self.y /= n
        self.z /= n
        return self

    def rotate_z(self, c, s):
        self.x, self.y = c * self.x - s * self.y, s * self.x + c * self.y
        return self

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def distance(self, other):
        dx, dy, dz = self.x - other.x, self.y - other.y, self.z - other.z
        return math.sqrt(dx * dx + dy * dy + dz * dz)


def run(n):
    points = [Point(i) for i in range(n)]
    c, s = math.cos(0.25), math.sin(0.25)
    for p in points:
        p.normalize().rotate_z(c, s)
    top = points[0]
    for p in points[1:]:
        top.maximize(p)
    path = sum(points[i].distance(points[i + 1]) for i in range(len(points) - 1))
    mean_z = math.fsum(p.z for p in points) / n
    above = len([p for p in points if p.z > mean_z])
    return top, path, mean_z, above


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    n = 5000 if arg == "small" else int(arg) if arg else 300000
    total = 0.0
    for rnd in range(3):
        top, path, mean_z, above = run(n + rnd)
        print(f"round {rnd}: {top!r} path {path:.6f} mean z {mean_z:.6f} above {above}")
        total += path
    print(f"total path {total:.6f}")


main()
