# Strings are immutable: methods return new strings, originals unchanged, += rebinds
s = "hello"
t = s
u = s.upper()
s += " world"
print(s, t, u, t is not s)
chars = list(t)
chars[0] = "J"
print("".join(chars), t)
try:
    t[0] = "J"
except TypeError as e:
    print(type(e).__name__)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__)
r = t.replace("l", "L")
print(r, t, t.replace("zz", "") == t)
print(hash(t) == hash("hel" + "lo"), t == "hel" + "lo")
