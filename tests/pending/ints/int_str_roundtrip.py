# str/repr of ints and conversions between bases round-trip exactly
vals = [0, 1, -1, 7, 255, -256, 10 ** 18, 2 ** 63 - 1, -(2 ** 63), 3 ** 100, -(7 ** 77)]
for v in vals:
    s = str(v)
    assert int(s) == v
    assert int(hex(v), 16) == v and int(oct(v), 8) == v and int(bin(v), 2) == v
    print(s, len(s), hex(v), v % 1000)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for v in vals[1:6]:
    for b in (2, 7, 36):
        s = to_base(v, b)
        assert int(s, b) == v
        print(v, b, s)
