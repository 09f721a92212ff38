# Attribute lookup order: data descriptors on type, instance dict, non-data descriptors, class attrs, __getattr__
class DataDesc:
    def __get__(self, o, t=None): return "data descriptor"
    def __set__(self, o, v): raise AttributeError("read-only data descriptor")
class NonDataDesc:
    def __get__(self, o, t=None): return "non-data descriptor"
class Base:
    inherited = "from Base"
class C(Base):
    d = DataDesc()
    n = NonDataDesc()
    plain = "class attribute"
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
c.__dict__.update({"d": "instance d", "n": "instance n", "plain": "instance plain"})
print(c.d, "|", c.n, "|", c.plain, "|", c.inherited, "|", c.missing)
del c.__dict__["n"], c.__dict__["plain"]
print(c.n, "|", c.plain)
C.inherited = "shadowed in C"
print(c.inherited, Base.inherited)
print(type(c).__mro__[1].__dict__["inherited"], "d" in vars(c))
