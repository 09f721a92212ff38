# str.format: auto/manual indexes, keywords, attributes, items, conversions, nested specs
class P:
    def __init__(self): self.x, self.y = 3, 4
print("{} {} {}".format(1, "a", [2]))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0.x},{0.y} {p.x}".format(P(), p=P()))
print("{0[0]} {0[2]} {d[key]} {d[k2][1]}".format([9, 8, 7], d={"key": "v", "k2": "xy"}))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>{w}} {:.{p}f} {:{fill}^{w}}".format("r", 3.14159, "c", w=6, p=2, fill="*"))
print("{{literal}} {}".format("x"), "{0:{1}}".format(5, "03"))
print("{:,} {:b} {:%} {:e}".format(1234567, 5, 0.5, 12345.678))
for bad in ("{} {1}", "{0} {}", "{2}", "{x}", "{", "}", "{0!z}", "{:q}"):
    try:
        bad.format(1, 2)
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__)
print("{0}{0}{0}".format("ab"), "{:}".format(3), "{0:}".format("x"))
