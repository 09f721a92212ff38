# open() argument errors: bad modes, text/binary mismatches, missing files, closed file operations
path = "/tmp/ftpy_test_open_errors.txt"
with open(path, "w") as f:
    f.write("data\n")
for mode in ("z", "rw", "wb+t", "rU+"):
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), type(e).__name__)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print(type(e).__name__, e)
f = open(path)
f.close()
for op in (f.read, f.readline, lambda: f.write("x")):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
print(f.closed)
with open(path, "w") as g:
    try:
        g.write(b"bytes into text")
    except TypeError as e:
        print(type(e).__name__, e)
with open(path, "wb") as g:
    try:
        g.write("text into bytes")
    except TypeError as e:
        print(type(e).__name__)
try:
    open("/tmp/ftpy_missing_dir_zz/file", "w")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
