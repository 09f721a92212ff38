# KeyError str() uses repr of the key; other lookup errors do not
d = {}
for key in ("text", 42, (1, 2), None, "", "quote'd", 3.5):
    try:
        d[key]
    except KeyError as e:
        print(str(e), "|", repr(e), "|", e.args)
try:
    set().remove("gone")
except KeyError as e:
    print("set.remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
print(str(KeyError("a", "b")), str(KeyError()))
print(str(IndexError("plain")), str(LookupError("plain")))
