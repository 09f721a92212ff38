# str() constructor: from objects, bytes with encodings and errors, and type errors
print(str(), str(42), str(-1.5), str([1, "a"]), str(None), str(True), str((1,)), str({"k": 1}))
print(str(b"abc"), str(b"abc", "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"xy"), "latin-1"))
print(str(b"caf\xe9", "utf-8", "replace"), str(b"caf\xe9", "utf-8", "ignore"), str(b"caf\xe9", "utf-8", "backslashreplace"))
print(str(object=5), str(b"\xff", errors="replace"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
try:
    str("already str", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
s = S("sub")
print(s, type(s).__name__, type(str(s)).__name__, s.upper(), type(s.upper()).__name__, s + "x")
