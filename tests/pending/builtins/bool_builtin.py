# bool() conversions and bool subclassing restriction; True/False as ints in indexing and counting
print([bool(x) for x in (0, 1, -1, 0.0, "0", "", [], [[]], None, (), (0,), {}, {0: 0}, range(0), 0j)])
print(bool(), type(bool(1)).__name__, bool.__name__, True.__class__.__name__)
print(["no", "yes"][True], ["no", "yes"][False], "abc"[True:], sum(map(bool, [0, 3, 0, 5])))
print(True + 0.5, True * "ab", False * [1], [1, 2, 3].count(True))
try:
    type("B", (bool,), {})
except TypeError as e:
    print(type(e).__name__)
print(repr(True), str(False), f"{True}", f"{True:d}", f"{False:>5}", format(True, "^7"))
