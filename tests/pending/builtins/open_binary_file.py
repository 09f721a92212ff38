# open() in binary modes: write bytes, read back, partial reads, seek/tell on a /tmp file
path = "/tmp/ftpy_test_open_binary_file.bin"
data = bytes(range(256)) + "ünïcode".encode("utf-8")
with open(path, "wb") as f:
    print(f.write(data), f.tell())
with open(path, "rb") as f:
    head = f.read(4)
    print(head, f.tell())
    f.seek(250)
    print(f.read(6), f.tell())
    rest = f.read()
    print(rest, rest.decode("utf-8"))
    print(f.read(), f.read(10))
    f.seek(0)
    print(len(f.read()) == len(data))
with open(path, "rb") as f:
    print(f.read() == data, type(data).__name__)
with open(path, "ab") as f:
    f.write(b"\x00END")
with open(path, "rb") as f:
    print(f.read()[-5:])
with open(path, "r+b") as f:
    f.seek(1)
    f.write(b"\xAA\xBB")
    f.seek(0)
    print(f.read(4))
try:
    with open(path, "rb") as f:
        f.write(b"no")
except Exception as e:
    print(type(e).__name__)
with open(path, "w") as f:
    pass
with open(path, "rb") as f:
    print(f.read())
