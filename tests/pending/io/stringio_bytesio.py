# StringIO and BytesIO: initial values, read/readline/write/seek/tell,
# truncate, newline handling, getvalue, iteration, closed streams.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(2)), repr(s.read()))
s.seek(2)
s.write("LL")
print(repr(s.getvalue()))
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering)

s = io.StringIO("a\nb\r\nc\rd")
print(s.readlines())
s = io.StringIO("a\nb\r\nc\rd", newline=None)
print(repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO("a\nb\r\nc\rd", newline="")
print(s.readlines(), s.newlines)
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
s = io.StringIO("x\ry\r", newline="\r")
print(s.readlines())
print(list(io.StringIO("1\n2\n3")))
with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)
for bad in (lambda: s.read(), lambda: s.getvalue(), lambda: s.write("x")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
s = io.StringIO()
for call in (lambda: s.write(b"x"), lambda: s.seek(-1), lambda: s.seek(1, 1),
             lambda: io.StringIO(5), lambda: io.StringIO("", "x")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(s.seek(0, 2), s.tell())

b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.tell())
print(b.write(b"XY"), b.getvalue())
b.seek(0)
print(list(b))
b.seek(10)
b.write(b"!")
print(b.getvalue())
print(b.seek(-2, 2), b.read())
print(b.truncate(3), b.getvalue())
ba = bytearray(2)
b.seek(0)
print(b.readinto(ba), ba)
print(b.read1(), b.read())
with io.BytesIO() as b2:
    b2.write(b"x")
print(b2.closed)
for call in (lambda: io.BytesIO("s"), lambda: io.BytesIO().write("x"),
             lambda: io.BytesIO().seek(-1), lambda: b2.getvalue()):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
