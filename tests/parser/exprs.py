a or b or c
a and b and c or d
not a
not not a
a < b <= c > d >= e == f != g
a is b; a is not b; a in b; a not in b
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
-a; +a; ~a; -(-a)
a ** b ** c
-a ** -b
await_ = 1
a if b else c
a if b else c if d else e
lambda: 0
lambda x, y=1, *a, z, w=2, **k: x
lambda *, a: a
lambda a, /, b: a
(x := 5)
[y := 1, y ** 2]
f(x := 1)
a.b.c
a[1][2]
a[1:2]; a[:]; a[::]; a[1:]; a[:2]; a[::3]; a[1:2:3]
a[1, 2]; a[1:2, 3]; a[...]; a[*b]; a[1, *b]
f(); f(a); f(a, b); f(*a); f(**k); f(a, *b, c=1, **d); f(a=1)(b)(c)
f(a for a in b)
f(*a, b)
f(a, *b, *c, d=1, **e, **f)
...
None; True; False
x = (1,)
x = ()
x = (((a)))
