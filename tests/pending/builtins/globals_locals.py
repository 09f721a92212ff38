# globals() and locals() contents at module, function and class level (PEP 667 snapshot semantics)
x = 10
print("x" in globals(), globals()["x"], globals() is globals())
globals()["injected"] = "via globals"
print(injected)
def f(a, b=2):
    c = a + b
    snap = locals()
    snap["c"] = 999
    return sorted(snap.items()), c
print(f(1))
def g():
    v = 1
    before = locals()
    v = 2
    return before["v"], locals()["v"]
print(g())
class K:
    p = 1
    q = p + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
def outer():
    free = "captured"
    def inner():
        return sorted(locals().items())
    def inner2():
        return free, sorted(locals().items())
    return inner(), inner2()
print(outer())
print(sorted(k for k in locals() if k in ("x", "f", "g", "K")), locals() is globals())
