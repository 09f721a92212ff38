x = 1
x = y = z = 2
a, b = b, a
a, *b = c
[a, (b, c)] = d
(a) = 1
(a, b) = 1, 2
x.y = 1
x[1] = 2
x[1:2] = 3
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 3; x **= 2
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
x: int
x: int = 5
(x): int = 5
x.y: str = "s"
x[0]: list[int] = []
x = yield
a = *b, c
del a
del a, b.c, d[0], (e, f), [g]
del (a), b
