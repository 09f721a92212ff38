# Conditional expressions and their laziness
def side(tag, val):
    print("eval", tag)
    return val
print(side("a", 1) if side("cond", True) else side("b", 2))
print(side("a", 1) if side("cond", 0) else side("b", 2))
for i in range(-2, 3):
    print(i, "neg" if i < 0 else "zero" if i == 0 else "pos")
x = [] or None
print("empty" if not x else "full")
print((lambda q: "even" if q % 2 == 0 else "odd")(7))
