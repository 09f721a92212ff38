# Writes hash test cases and CPython's answers: run by
# tools/gen-hash-expected.sh under python3.13 once per PYTHONHASHSEED.
# argv[1]: "cases" or "expected". Never edit the outputs by hand.
import os, random, sys
mode = sys.argv[1]
seed = os.environ["PYTHONHASHSEED"]
out = []
def case(line, value):
    out.append(line if mode == "cases" else str(hash(value)))
if mode == "cases":
    out.append(f"seed {seed}")
else:
    out.append(f"seed {seed}")
rng = random.Random(1234)
strings = ["", "a", "ab", "abc", "abcdefg", "abcdefgh", "abcdefghi", "hello world",
           "é", "ÿ", "café", "\u0100", "ĀāĂ", "€", "日本語", "\U0001F600", "a\U0001F600b",
           "x" * 100, "\x00", "\x00\x00", "mixed é €"]
for _ in range(60):
    n = rng.randrange(0, 40)
    top = rng.choice([0x7f, 0xff, 0xffff, 0x10ffff])
    strings.append("".join(chr(rng.choice([rng.randrange(0x20, 0x7f), rng.randrange(0, top + 1)]))
                           for _ in range(n)).replace("\ud800", "x"))
for s in strings:
    s = "".join(c if not (0xD800 <= ord(c) < 0xE000) else "s" for c in s)
    m = max(map(ord, s), default=0)
    if m < 256:
        w, data = 1, s.encode("latin-1")
    elif m < 65536:
        w, data = 2, s.encode("utf-16-le")
    else:
        w, data = 4, s.encode("utf-32-le")
    case(f"str {w} {data.hex()}", s)
for b in [b"", b"a", b"abc", bytes(range(256)), b"\xff" * 9]:
    case(f"bytes {b.hex()}", b)
if seed == "0":
    ints = [0, 1, -1, -2, 2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), 2**63, -(2**63),
            2**64 + 5, 10**100, -(10**100), 3**200]
    ints += [rng.randrange(-2**130, 2**130) for _ in range(40)]
    for i in ints:
        case(f"int {i}", i)
    floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 1e300, -1e300, 5e-324, 2.0**61, 2.0**-61,
              float("inf"), float("-inf"), 3.141592653589793, 1e16, 123456.789, -2.0]
    floats += [rng.uniform(-1e6, 1e6) for _ in range(30)]
    floats += [rng.random() * 10 ** rng.randrange(-300, 300) for _ in range(30)]
    for f in floats:
        case(f"float {f.hex()}", f)
    for re_, im in [(0.0, 1.0), (1.0, 2.0), (-1.5, 0.0), (float("inf"), 1.0), (1e300, -1e-300)]:
        case(f"complex {re_.hex()} {im.hex()}", complex(re_, im))
print("\n".join(out))
