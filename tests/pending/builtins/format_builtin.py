# format() builtin with specs for ints, floats, strings, and objects defining __format__
print(format(42), format(42, "x"), format(42, ">6"), format(3.14159, ".2f"), format("s", "^5"), format(True, "d"))
print(format(1234567.891, ",.2f"), format(-5, "+"), format(255, "#010b"), format(0.000123, ".2e"), format(123, ""))
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
t = Temp(21.5)
print(format(t, ".1F"), format(t, ".0f"), f"{t:.2F}", "{:5.1f}".format(t))
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__)
print(format(None), format([1, 2]), format((1,)), format(b"x"))
