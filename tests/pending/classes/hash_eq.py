# __hash__/__eq__ interplay: defining __eq__ makes instances unhashable unless __hash__ given
class Plain: pass
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
class EqHash(EqOnly):
    def __hash__(self): return hash(self.v)
print(EqOnly.__hash__, Plain.__hash__ is object.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(2) in s, EqHash(3) in s)
d = {EqHash("k"): "value"}
print(d[EqHash("k")])
p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, len({p1, p2, p1}))
class Inherit(EqHash):
    pass
print(hash(Inherit(5)) == hash(5))
class ReEq(EqHash):
    def __eq__(self, o): return True
try:
    hash(ReEq(1))
    print("hashable")
except TypeError:
    print("ReEq unhashable again")
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2)))
class BadHash:
    def __hash__(self): return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
