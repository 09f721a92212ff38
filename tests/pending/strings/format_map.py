# str.format_map with dict subclasses and __missing__
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map({"a": 1, "b": 2}))
print("{a} and {missing}".format_map(Default(a="A")))
try:
    "{a} {b}".format_map({"a": 1})
except KeyError as e:
    print(type(e).__name__, e)
class Upper:
    def __getitem__(self, k): return k.upper()
print("{hello} {world}".format_map(Upper()))
print("{x[0]} {y.real}".format_map({"x": "first", "y": 3}))
