# Program: a Matrix class with operator overloading, exact rational elimination, determinant and inverse
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if isinstance(n, Frac):
            n, d = n.n, n.d * d
        g = gcd(n, d) or 1
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __sub__(self, o):
        return self + (-Frac.of(o))
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d
    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [[Frac.of(x) for x in r] for r in rows]
        self.shape = (len(rows), len(rows[0]))
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = Frac.of(v)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        self._same_shape(o)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __sub__(self, o):
        self._same_shape(o)
        return Matrix([[a - b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __neg__(self):
        return Matrix([[-a for a in r] for r in self.rows])
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {o.shape}")
        cols = list(zip(*o.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Frac(0)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        if self.shape[0] != self.shape[1]:
            raise ValueError("power of non-square matrix")
        if n < 0:
            return self.inverse() ** -n
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def _same_shape(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
    @property
    def T(self):
        return Matrix(zip(*self.rows))
    def _eliminate(self):
        m = [r[:] for r in self.rows]
        rows, cols = self.shape
        sign, rank, pivots = 1, 0, []
        for c in range(cols):
            p = next((r for r in range(rank, rows) if m[r][c]), None)
            if p is None:
                continue
            if p != rank:
                m[p], m[rank] = m[rank], m[p]
                sign = -sign
            pivots.append((rank, c))
            for r in range(rank + 1, rows):
                f = m[r][c] / m[rank][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[rank])]
            rank += 1
        return m, sign, rank, pivots
    def rank(self):
        return self._eliminate()[2]
    def det(self):
        if self.shape[0] != self.shape[1]:
            raise ValueError("determinant of non-square matrix")
        m, sign, rank, _ = self._eliminate()
        if rank < self.shape[0]:
            return Frac(0)
        d = Frac(sign)
        for i in range(self.shape[0]):
            d = d * m[i][i]
        return d
    def inverse(self):
        n = self.shape[0]
        if self.shape[1] != n:
            raise ValueError("inverse of non-square matrix")
        aug = [r[:] + [Frac(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            p = next((r for r in range(c, n) if aug[r][c]), None)
            if p is None:
                raise ZeroDivisionError("matrix is singular")
            aug[c], aug[p] = aug[p], aug[c]
            pv = aug[c][c]
            aug[c] = [x / pv for x in aug[c]]
            for r in range(n):
                if r != c and aug[r][c]:
                    f = aug[r][c]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
        return Matrix([r[n:] for r in aug])
    def solve(self, b):
        return self.inverse() @ Matrix([[x] for x in b])
    def __repr__(self):
        cells = [[repr(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + " ".join(c.rjust(w) for c in r) + " ]" for r in cells)

A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print("A =\n" + repr(A))
print("B =\n" + repr(B))
print("A + B =\n" + repr(A + B))
print("A - B =\n" + repr(A - B))
print("3 * A =\n" + repr(3 * A))
print("A @ B =\n" + repr(A @ B))
print("B.T =\n" + repr(B.T))
print("det A =", A.det(), "| det B =", B.det(), "| rank B =", B.rank(), "| rank A =", A.rank())
Ainv = A.inverse()
print("A^-1 =\n" + repr(Ainv))
print("A @ A^-1 == I:", A @ Ainv == Matrix.identity(3), "| A^-1 @ A == I:", Ainv @ A == Matrix.identity(3))
print("A ** 3 =\n" + repr(A ** 3))
print("A ** -2 @ A ** 2 == I:", (A ** -2) @ (A ** 2) == Matrix.identity(3))
print("solve A x = [4, 5, 6]:", [r[0] for r in A.solve([4, 5, 6]).rows])
H = Matrix([[Frac(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert(4) =\n" + repr(H))
print("det H =", H.det())
print("H^-1 =\n" + repr(H.inverse()))
F = Matrix([[1, 1], [1, 0]])
print("fib via matrix power:", [(F ** n)[0, 1] for n in range(1, 15)])
print("F ** 90 top-right:", (F ** 90)[0, 1])
for label, op in [("B inverse", lambda: B.inverse()), ("shape add", lambda: A + Matrix([[1, 2]])),
                  ("bad matmul", lambda: Matrix([[1, 2]]) @ Matrix([[1, 2]])), ("ragged", lambda: Matrix([[1], [1, 2]])),
                  ("det non-square", lambda: Matrix([[1, 2]]).det()), ("matrix * matrix", lambda: A * B)]:
    try:
        op()
        print(label, "unexpectedly succeeded")
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
print(Frac(6, -4), Frac(1, 3) + Frac(1, 6), Frac(3) / 4 * 2, sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3)]), Frac(2, 4) == 0.5 if False else Frac(2, 4) == Frac(1, 2))
