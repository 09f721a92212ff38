# setattr/delattr/getattr on builtin types and instances (immutable types raise), functions allow attrs
for target, name in ((5, "x"), ("s", "y"), ([], "z"), ((1,), "w"), (None, "v")):
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print(type(target).__name__, type(e).__name__)
try:
    setattr(list, "my_attr", 1)
except TypeError as e:
    print(type(e).__name__)
def fn(): pass
setattr(fn, "tag", "allowed")
print(fn.tag, getattr(fn, "__name__"))
delattr(fn, "tag")
print(hasattr(fn, "tag"))
class Plain: pass
p = Plain()
setattr(p, "with space", 1)
setattr(p, "123", 2)
print(sorted(vars(p).items()))
try:
    delattr(Plain, "__name__")
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
