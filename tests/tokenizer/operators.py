a + b - c * d / e // f % g ** h @ i
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= m
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
a & b | c ^ ~d << e >> f
a < b > c <= d >= e == f != g
x = [1, 2][0:1]; y = {1: 2}; z = (a, b)
def g() -> int: ...
if (n := 10) > 5: pass
a.b.c
a<>b
$ ? !
