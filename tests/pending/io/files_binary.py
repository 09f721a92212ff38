# Binary files and raw FileIO: read/read1/peek/readinto/readline, seek and
# tell with whence, truncate, buffering=0, reprs and attributes.
import io
import os

P = "/tmp/ftpy_io_test_files_binary.bin"

with open(P, "wb") as f:
    print(type(f).__name__, f.mode, f.raw.mode, type(f.raw).__name__)
    print(f.write(b"0123456789\nabcdef\n"), f.tell())
    print(f.write(bytearray(b"xyz")))
    print(f.write(memoryview(b"!!")))

with open(P, "rb") as f:
    print(type(f).__name__, f.mode, f.seekable())
    print(f.read(4), f.tell())
    print(f.read1(3))
    print(f.peek(1)[:1])
    print(f.readline())
    print(f.readline(3))
    b = bytearray(4)
    print(f.readinto(b), b)
    print(f.seek(-3, io.SEEK_END), f.read())
    print(f.seek(2), f.read(2))
    print(f.seek(1, io.SEEK_CUR), f.read(2))
    print(f.read(), f.read(10))
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print([len(x) for x in f])

with open(P, "r+b") as f:
    print(type(f).__name__)
    f.seek(3)
    f.write(b"ABC")
    f.seek(0)
    print(f.read(8))
    print(f.truncate(5), f.tell())
with open(P, "rb") as f:
    print(f.read())

with open(P, "wb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd)
    print(f.write(b"raw bytes"))
with open(P, "rb", buffering=0) as f:
    print(f.read(3), f.readall(), f.read())
    print(f.seek(0), f.read(100))
    print(f.fileno() > 2, f.isatty())

raw = io.FileIO(P, "r")
print(raw.mode, raw.readable(), raw.writable(), raw.read(3))
raw.close()
print(raw.closed, repr(raw))

fd = os.open(P, os.O_RDONLY)
f = open(fd, "rb", closefd=False)
print(f.name == fd, f.read(3))
f.close()
os.close(fd)

with open(P, "ab") as f:
    print(f.mode, f.tell())
    f.write(b"+more")
with open(P, "rb") as f:
    print(f.read())
os.remove(P)
