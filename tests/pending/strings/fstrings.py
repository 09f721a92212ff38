# f-strings: expressions, conversions, format specs, nesting, = debugging form, quotes
name, n, pi = "Ada", 7, 3.14159265
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {'é'!a} {n + 1} {n * 2:04d} {pi:.3f} {pi:>10.2f}|")
print(f"{n=} {pi=:.2f} {name = } {n*2=} {name=!r:>8}")
print(f"{name=!s} {name=!r}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{name:^{width}}|{'x':*>{width}}")
print(f"{'nested ' + f'{n:03}'}")
print(f"{[i * i for i in range(4)]} {dict(a=1)} {(lambda x: x * 2)(5)}")
print(f"{{braces}} {{{n}}}")
print(f"{'quoted'} {"double"} {'''triple'''}")
d = {"k": "value"}
print(f"{d['k']} {d["k"]}")
print(f"{3.0 if n > 5 else 4.0:.1f} {n:b} {n:#x} {-n:+}")
items = ["a", "b"]
print(f"{', '.join(items)} {len(items)} {items[-1]!r}")
print(f"""multi
line {n}""")
x = 10
print(f"{x:>{x}}|", f"{x:{'>'}{5}}|")
print(f"{'\n'.join(['a', 'b'])}")
