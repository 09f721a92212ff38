# open() for writing and reading text files under /tmp: write/read/readline/readlines/iteration/append
path = "/tmp/ftpy_test_open_text_file.txt"
with open(path, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("third: héllo\n")
    print("wrote", n, f.closed)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path) as f:
    lines = [l.strip() for l in f if "line" in l]
print(lines)
with open(path, "w") as f:
    print("via print", 42, file=f)
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read().splitlines(), f.mode, f.name == path)
try:
    open("/tmp/ftpy_no_such_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    with open(path) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__)
