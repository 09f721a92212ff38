# str.encode with utf-8/latin-1/ascii/utf-16/utf-32 and error handlers
s = "Grüße €5 日本"
print(s.encode(), s.encode("utf-8"), len(s), len(s.encode()))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("latin-1", "replace"))
print("abc".encode("utf-16-le"), "abc".encode("utf-16-be"), "é".encode("utf-32-be"))
print("A€".encode("utf-16"), len("🙂".encode("utf-16-le")), "🙂".encode("utf-8"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"), "abc".encode(encoding="latin-1"))
print(s.encode().decode(), "Ünï".encode("latin-1").decode("latin-1"))
