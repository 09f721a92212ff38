# Makes the random-core test cases and, from CPython, their expected answers.
#   gen-cases.py cases              > cases.txt  (fixed grid + seeded randoms)
#   gen-cases.py expect < cases.txt > cases.exp  (run under python3.13)
# tools/gen-random-expected.sh runs both. Line format: see tools/random-check.c.
import math
import random
import sys

SEEDS = [0, 1, 2, 42, -1, -42, 12345, 2**31 - 1, 2**32 - 1, 2**32, -2**32,
         2**64 + 7, 10**50, -(3**100), 2**607 - 1, 2**19937 - 1 >> 19000,
         -(7**500)]


def fx(x):
    return "nan" if math.isnan(x) else float(x).hex()


def cases():
    r = random.Random(20261124)
    out = []

    def seed():
        if r.random() < 0.5:
            return r.choice(SEEDS)
        return r.getrandbits(r.choice((8, 32, 33, 64, 65, 200))) * r.choice((1, -1))

    def add(*parts):
        out.append(" ".join(str(p) for p in parts))

    for s in SEEDS:
        add("random", s, 8)
        add("getstate", s, 0)
        add("getstate", s, 312)
        add("getstate", s, 313)
    for _ in range(150):
        add("random", seed(), r.choice((1, 5, 20, 400)))
    for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 95, 96, 97, 128, 1000, 2000):
        for s in (0, 42, -7, 2**64 + 7):
            add("getrandbits", s, k, 3)
    add("getrandbits", 5, -1, 2)
    add("getrandbits", 42, 19937, 1)
    for _ in range(200):
        add("getrandbits", seed(), r.randrange(0, 300), r.randrange(1, 6))
    for n in (1, 2, 3, 5, 7, 8, 9, 100, 2**31, 2**32 - 1, 2**32, 2**32 + 1,
              2**63 + 5, 3**60, 10**40 + 1):
        add("randbelow", r.choice(SEEDS), n, 10)
    for _ in range(150):
        add("randbelow", seed(), r.randrange(1, 2**r.randrange(1, 130)), 6)
    # randrange: one, two, three arguments; errors.
    for a in ([10], [1], [0], [-5], [10**30], [5, 10], [10, 5], [5, 5],
              [-10, 10], [10, 1000, 7], [1000, 10, -7], [10, 1000, -7],
              [0, 10, 0], [0, 10, 1], [3, 3, 1], [0, 1, 2], [0, -1, -2],
              [-(10**25), 10**25, 3**20], [5, "-", 2], [5, "-"], [7, 8],
              [2**64, 2**65, 2**31], [0, 2**70, 1]):
        add("randrange", r.choice(SEEDS), 6, *a)
    for _ in range(250):
        kind = r.randrange(3)
        a = r.randrange(-1000, 1000)
        if kind == 0:
            add("randrange", seed(), 5, r.randrange(-5, 2**r.randrange(1, 80)))
        elif kind == 1:
            add("randrange", seed(), 5, a, a + r.randrange(-3, 2**r.randrange(1, 80)))
        else:
            add("randrange", seed(), 5, a, a + r.randrange(-50, 5000),
                r.choice((1, 2, 3, 7, -1, -3, 100, -100, 10**12)))
    for a, b in ((1, 6), (0, 0), (5, 4), (5, 3), (-10, 10), (0, 2**64),
                 (-(2**100), 2**100)):
        add("randint", r.choice(SEEDS), 6, a, b)
    for _ in range(100):
        a = r.randrange(-100, 100)
        add("randint", seed(), 6, a, a + r.randrange(-2, 2**r.randrange(1, 70)))
    for n in (0, 1, 2, 3, 10, 1000, 2**32 + 3):
        add("choice", r.choice(SEEDS), n, 6)
    for _ in range(100):
        add("choice", seed(), r.randrange(1, 2**r.randrange(1, 40)), 6)
    for n in (0, 1, 2, 3, 10, 52, 100):
        add("shuffle", r.choice(SEEDS), n)
    for _ in range(120):
        add("shuffle", seed(), r.randrange(0, 60))
    # sample: both strategies and the sizes around their boundary
    # (setsize 21 for k <= 5, 21 + 4**ceil(log(3k, 4)) above).
    for n, k in ((0, 0), (5, 0), (5, 5), (5, 6), (10, -1), (21, 5), (22, 5),
                 (85, 6), (86, 6), (86, 7), (277, 21), (278, 21), (278, 22),
                 (1045, 85), (1046, 86), (1046, 85), (4117, 300), (4118, 342),
                 (10**6, 10), (2**62 + 3, 8), (100, 100), (1000, 999),
                 (3, 2), (2**63 - 1, 4)):
        add("sample", r.choice(SEEDS), n, k)
    for _ in range(250):
        k = r.randrange(0, 40)
        add("sample", seed(), k + r.randrange(0, r.choice((5, 50, 500, 5000))), k)
    for n in (1, 2, 7, 1000, 2**40):
        add("choices", r.choice(SEEDS), n, 8)
    for _ in range(60):
        add("choices", seed(), r.randrange(1, 2**r.randrange(1, 50)), 8)
    for w in ("1,2,3", "1", "0,0,1", "5,0,0", "0,0,0", "1,-1", "0.5,0.25,0.25",
              "1e300,1e300", "inf,1", "nan,1", "3,-1,2", "1,2,3,4,5,6,7,8,9,10"):
        add("choices-weights", r.choice(SEEDS), w, 8)
    for _ in range(80):
        w = ",".join(repr(r.choice((0, 1, 2, 10, 0.5, 1e-3, r.random() * 10)))
                     for _ in range(r.randrange(1, 12)))
        add(r.choice(("choices-weights", "choices-cum")), seed(), w, 8)
    add("choices-cum", 42, "1,2,2,5", 10)
    add("choices-cum", 42, "0,0", 3)
    # distributions
    params2 = {
        "uniform": [(0, 1), (-5, 5), (3, 3), (1e300, -1e300), (2.5, 1.0)],
        "gauss": [(0, 1), (10, 0.5), (-3, 100), (0, 0)],
        "normalvariate": [(0, 1), (10, 0.5), (-3, 100), (0, 0)],
        "lognormvariate": [(0, 1), (1, 0.25), (700, 10)],
        "gammavariate": [(0.5, 1), (1, 1), (1, 2), (2, 1), (9, 0.5),
                         (0.01, 1), (100, 3), (0, 1), (1, 0), (-1, 1)],
        "betavariate": [(0.5, 0.5), (1, 1), (2, 5), (0.01, 0.01), (0, 1)],
        "weibullvariate": [(1, 1), (2, 0.5), (0.5, 3), (1, 0), (1, 1e-3)],
        "vonmisesvariate": [(0, 0), (0, 1e-7), (1, 1), (3, 4), (-2, 100),
                            (10, 0.5)],
    }
    params1 = {
        "expovariate": [1, 0.5, 10, -2, 0, 1e-300],
        "paretovariate": [1, 0.5, 3, 0, -1, 1e-3],
    }
    for name, ps in params2.items():
        for a, b in ps:
            add(name, r.choice(SEEDS), a, b, 10)
        for _ in range(40):
            a, b = r.choice(ps)
            add(name, seed(), a, b, r.randrange(1, 15))
    for name, ps in params1.items():
        for a in ps:
            add(name, r.choice(SEEDS), a, 10)
        for _ in range(40):
            add(name, seed(), r.choice(ps), r.randrange(1, 15))
    for low, high, mode in ((0, 1, "-"), (0, 1, 0.5), (0, 1, 0), (0, 1, 1),
                            (2, 2, 2), (2, 2, "-"), (10, 0, 3), (-5, 5, 4.5),
                            (0, 1, 2)):
        add("triangular", r.choice(SEEDS), low, high, mode, 10)
    for _ in range(40):
        add("triangular", seed(), r.randrange(-10, 10), r.randrange(-10, 10),
            r.choice(("-", r.randrange(-10, 10), 0.25)), 8)
    for _ in range(40):
        add("gauss-mix", seed(), r.randrange(1, 8))
    for n, p in ((0, 0.5), (1, 0.5), (1, 0.1), (5, 0), (5, 1), (5, 1.5),
                 (-1, 0.5), (10, 0.5), (19, 0.5), (20, 0.5), (21, 0.5),
                 (100, 0.05), (100, 0.2), (100, 0.9), (1000, 0.3),
                 (10**6, 0.5), (10**9, 1e-3), (10**12, 1e-9), (50, 1e-20),
                 (2**62, 0.25), (1000, 0.01), (1000, 0.99)):
        add("binomialvariate", r.choice(SEEDS), n, p, 10)
    for _ in range(150):
        add("binomialvariate", seed(), r.choice((2, 3, 10, 25, 100, 1000, 10**5, 10**8)),
            r.choice((0.01, 0.1, 0.25, 0.5, 0.6, 0.75, 0.99, r.random())),
            r.randrange(1, 10))
    for _ in range(30):
        add("getstate", seed(), r.randrange(0, 2000))
    for idx in (0, 1, 311, 623, 624, 625, -1):
        add("setstate", r.choice(SEEDS), r.randrange(0, 1000), idx, 5)
    for _ in range(20):
        add("setstate", seed(), r.randrange(0, 1000), r.randrange(0, 625), 5)
    add("seed-os", 0)
    return out


def num(s):
    return None if s == "-" else (int(s) if s.lstrip("-").isdigit() else float(s))


def answer(line):
    w = line.split()
    op, rng = w[0], random.Random(int(w[1]))
    a = [num(x) if "," not in x else x for x in w[2:]]
    vals = []

    def put(v):
        vals.append(fx(v) if isinstance(v, float) else str(v))

    try:
        if op == "random":
            for _ in range(a[0]):
                put(rng.random())
        elif op == "getrandbits":
            for _ in range(a[1]):
                put(rng.getrandbits(a[0]))
        elif op == "randbelow":
            for _ in range(a[1]):
                put(rng._randbelow(a[0]))
        elif op == "randrange":
            for _ in range(a[0]):
                put(rng.randrange(*a[1:]))
        elif op == "randint":
            for _ in range(a[0]):
                put(rng.randint(a[1], a[2]))
        elif op == "choice":
            for _ in range(a[1]):
                put(rng.choice(range(a[0])))
        elif op == "shuffle":
            x = list(range(a[0]))
            rng.shuffle(x)
            for v in x:
                put(v)
        elif op == "sample":
            for v in rng.sample(range(a[0]), a[1]):
                put(v)
        elif op == "choices":
            for v in rng.choices(range(a[0]), k=a[1]):
                put(v)
        elif op in ("choices-weights", "choices-cum"):
            ws = [num(x) for x in str(a[0]).split(",")]
            kw = {"weights" if op == "choices-weights" else "cum_weights": ws}
            for v in rng.choices(range(len(ws)), **kw, k=a[1]):
                put(v)
        elif op == "triangular":
            for _ in range(a[3]):
                put(rng.triangular(float(a[0]), float(a[1]),
                                   None if a[2] is None else float(a[2])))
        elif op == "gauss-mix":
            for _ in range(a[0]):
                put(rng.gauss(0.0, 1.0))
                put(rng.random())
        elif op == "binomialvariate":
            for _ in range(a[2]):
                put(rng.binomialvariate(a[0], float(a[1])))
        elif op in ("getstate", "setstate"):
            for _ in range(a[0]):
                rng.random()
            st = rng.getstate()
            words, index = st[1][:-1], st[1][-1]
            if op == "getstate":
                s = sum((i + 1) * w for i, w in enumerate(words)) % 2**64
                vals.append(f"{index} {s} {words[0]} {words[1]} {words[2]} {words[623]}")
            else:
                h = random.Random(5489)
                h.setstate((st[0], tuple(words) + (a[1],), None))
                for _ in range(a[2]):
                    put(h.random())
        elif op == "seed-os":
            x, y = random.Random(), random.Random()
            vals.append("differ" if [x.getrandbits(32) for _ in range(4)] !=
                        [y.getrandbits(32) for _ in range(4)] else "same")
        elif op in ("expovariate", "paretovariate"):
            for _ in range(a[1]):
                put(getattr(rng, op)(float(a[0])))
        else:
            for _ in range(a[2]):
                put(getattr(rng, op)(float(a[0]), float(a[1])))
    except Exception as e:
        vals.append(f"error {type(e).__name__}: {e}")
    return " ".join(vals)


if __name__ == "__main__":
    if sys.argv[1] == "cases":
        for c in cases():
            print(c)
    else:
        sys.set_int_max_str_digits(0)
        for line in sys.stdin:
            print(answer(line))
