# UnicodeDecodeError/UnicodeEncodeError attributes and messages
try:
    b"abc\xff\xfedef".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason, e.object)
    print(str(e))
try:
    "caf\u00e9 \u4e2d".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))
    print(str(e))
try:
    "\u20ac".encode("latin-1")
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), str(e))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.reason, e.start, e.end)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
