# Generator pipelines: parse, filter, transform, aggregate lazily
LINES = """\
# inventory log
apple,3,0.5
banana,12,0.25
cherry,bad,1.0

apple,2,0.5
durian,1,7.5
banana,3,0.25
""".splitlines()
def read(lines):
    for n, line in enumerate(lines, 1):
        print(f"  read line {n}")
        yield line
def non_comment(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        name, qty, price = line.split(",")
        try:
            yield name, int(qty), float(price)
        except ValueError:
            print("  skip bad row:", line)
def totals(rows):
    acc = {}
    for name, qty, price in rows:
        acc[name] = acc.get(name, 0) + qty * price
        yield name, acc[name]
stream = totals(parse(non_comment(read(LINES))))
print("pipeline built, nothing read yet")
for name, running in stream:
    print(f"{name:8} running total {running:.2f}")
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
