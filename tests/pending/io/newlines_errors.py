# Newline translation of text files, encodings and errors, and the
# exceptions open() and closed or wrong-mode files raise.
import io
import os

P = "/tmp/ftpy_io_test_newlines.txt"

with open(P, "wb") as f:
    f.write(b"unix\nmac\rdos\r\nend")
with open(P) as f:
    print(f.readlines(), f.newlines)
with open(P, newline="") as f:
    print(f.readlines())
with open(P, newline="\r") as f:
    print(f.readlines())
with open(P, newline="\r\n") as f:
    print(f.readlines())
with open(P, newline="\n") as f:
    print(f.readlines())
with open(P) as f:
    print(repr(f.read()))

for nl in (None, "", "\n", "\r", "\r\n"):
    with open(P, "w", newline=nl) as f:
        f.write("a\nb\r\n")
    with open(P, "rb") as f:
        print(repr(nl), f.read())

with open(P, "wb") as f:
    f.write(b"ok\xff\xfeok")
try:
    with open(P) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end, e.reason)
with open(P, errors="replace") as f:
    print(ascii(f.read()))
with open(P, errors="surrogateescape") as f:
    print(ascii(f.read()))
with open(P, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("caf\u00e9")
with open(P) as f:
    print(f.read())
try:
    with open(P, "w", encoding="ascii") as f:
        f.write("\u20ac")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.start, e.end, e.reason)

def attempt(fn):
    try:
        r = fn()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: open("/tmp/ftpy_io_test_missing/file.txt"))
attempt(lambda: open("/tmp"))
attempt(lambda: open(P, "rw"))
attempt(lambda: open(P, "rr"))
attempt(lambda: open(P, "z"))
attempt(lambda: open(P, "rbt"))
attempt(lambda: open(P, "rb", encoding="utf-8"))
attempt(lambda: open(P, "rb", errors="strict"))
attempt(lambda: open(P, "rb", newline=""))
attempt(lambda: open(P, "r", buffering=0))
attempt(lambda: open(P, newline="x"))
attempt(lambda: open(P, encoding="no-such-codec"))
attempt(lambda: open(P, 5))
attempt(lambda: open(1.5))
attempt(lambda: open(P, encoding=3))

f = open(P, "w")
attempt(lambda: f.read())
f.close()
attempt(lambda: f.write("x"))
attempt(lambda: f.read())
attempt(lambda: f.tell())
attempt(lambda: f.flush())
attempt(lambda: f.fileno())
attempt(lambda: next(f))
f = open(P)
attempt(lambda: f.write("x"))
attempt(lambda: f.seek(1, 1))
attempt(lambda: f.seek(-1))
attempt(lambda: f.seek(0, 7))
f.close()
f = open(P, "rb")
attempt(lambda: f.write(b"x"))
f.close()
attempt(lambda: f.read())
attempt(lambda: f.readline())
f = open(P, "wb")
attempt(lambda: f.write("text"))
attempt(lambda: f.read())
f.close()
attempt(lambda: f.write(b"x"))

print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__mro__[1:3])
print(open is io.open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
with open(P) as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f.buffer, io.BufferedIOBase))
    print(isinstance(f.buffer.raw, io.RawIOBase), isinstance(f, io.BufferedIOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
os.remove(P)
