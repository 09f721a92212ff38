# exec() namespaces: functions defined in exec see exec globals; class bodies; separate locals mapping
g = {"base": 100}
exec("""
def add(n):
    return base + n
class Box:
    size = base // 10
result = add(5)
""", g)
print(g["result"], g["Box"].size, g["add"](1))
g["base"] = 0
print(g["add"](1))
l = {}
exec("x = 1\ndef f():\n    return x\n", {}, l)
try:
    l["f"]()
except NameError as e:
    print(type(e).__name__, e)
ns = {}
exec("import sys\nv = sys.maxsize > 0", ns)
print(ns["v"], "sys" in ns)
counter = 0
exec("counter += 5")
print(counter)
def in_function():
    y = 1
    exec("y = 2")
    return y
print(in_function())
