# Text files: open modes, write/read round trips, with-statements, iteration,
# readline/readlines, seek/tell, append, reprs and attributes.
import io
import os

P = "/tmp/ftpy_io_test_files_text.txt"

with open(P, "w") as f:
    print(type(f).__name__, f.mode, f.name == P, f.encoding, f.errors)
    print(f.readable(), f.writable(), f.seekable(), f.closed)
    print(f.write("first line\n"))
    print(f.write("caf\u00e9 \u20ac\n"))
    f.writelines(["a\n", "b\n", "no newline"])
print(f.closed)

with open(P) as f:
    print(repr(f.readline()))
    print(f.tell())
    print(repr(f.readline()))
    print(repr(f.read(3)))
    print(repr(f.read()))
    print(repr(f.read()))
    print(repr(f.readline()))

with open(P, encoding="utf-8") as f:
    print(f.readlines())
with open(P) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(P) as f:
    print(list(f)[1:3])
    f.seek(0)
    print(repr(f.read(5)), f.tell())
    f.seek(0, io.SEEK_END)
    print(f.tell() == os.path.getsize(P))
    print(repr(f.read()))

with open(P, "a") as f:
    print(f.mode, f.tell() == os.path.getsize(P))
    f.write("\nappended\n")
with open(P) as f:
    print(f.read().splitlines()[-2:])

with open(P, "r+") as f:
    print(f.mode, repr(f.read(5)))
    f.seek(0)
    f.write("FIRST")
with open(P) as f:
    print(repr(f.readline()))

with open(P, "w") as f:
    pass
with open(P) as f:
    print(repr(f.read()))

with open(P, "x" if not os.path.exists(P) else "w") as f:
    f.write("x")
try:
    open(P, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)

f = open(P)
print(repr(f)[:31])
f.close()
f.close()
print(f.closed)

with open(P, "w", encoding="latin-1") as f:
    print(f.encoding)
    f.write("\u00e9\u00e8")
print(os.path.getsize(P))
with open(P, encoding="latin-1") as f:
    print(f.read())
with open(P, "w", encoding="utf-16") as f:
    f.write("hi")
    f.write("!")
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="utf-16") as f:
    print(f.read())
os.remove(P)
