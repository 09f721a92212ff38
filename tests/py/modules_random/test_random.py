# random: CPython's exact sequences for a seed, for every method; state
# round trips; argument errors; subclasses with their own random().
import random


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


for seed in [0, 1, 42, -7, 2**100, 3.5, 'text', b'bytes', bytearray(b'ba')]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(70), random.randint(-5, 5))

r = random.Random(12345)
print([r.random() for _ in range(3)])
print(r.getrandbits(0), r.getrandbits(1), r.getrandbits(32), r.getrandbits(64), r.getrandbits(100))
print([r.randrange(10) for _ in range(10)], r.randrange(5, 50, 5), r.randrange(100, 0, -7), r.randrange(2**80))
print([r.randint(1, 6) for _ in range(10)], r.choice('abcdefg'), r.choice(range(1000)))
lst = list(range(15))
r.shuffle(lst)
print(lst)
print(r.sample(range(100), 10), r.sample('abcdefgh', 3), r.sample(range(10**12), 3))
print(r.sample(['a', 'b', 'c'], 5, counts=[1, 3, 2]))
print(r.choices('abc', k=6), r.choices('abc', weights=[1, 0, 5], k=6), r.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=4))
print(r.uniform(1, 10), r.triangular(), r.triangular(0, 10, 8), r.randbytes(6))
print(r.normalvariate(), r.gauss(), r.gauss(10, 2), r.lognormvariate(0, 0.5), r.expovariate(), r.expovariate(3))
print(r.vonmisesvariate(1, 0), r.vonmisesvariate(1, 4), r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(5, 1))
print(r.betavariate(2, 5), r.paretovariate(3), r.weibullvariate(1, 1.5))
print(r.binomialvariate(), r.binomialvariate(20, 0.3), r.binomialvariate(1000, 0.4), r.binomialvariate(50, 0.9), r.binomialvariate(5, 0), r.binomialvariate(5, 1))

state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], state[0], len(state[1]), state[2] is None or type(state[2]))
r.gauss()
st2 = r.getstate()
print(type(st2[2]).__name__)

for label, fn in [('randrange empty', lambda: r.randrange(0)), ('randrange empty2', lambda: r.randrange(5, 5)),
                  ('randrange empty3', lambda: r.randrange(5, 1, 2)), ('randrange step0', lambda: r.randrange(1, 5, 0)),
                  ('randrange float', lambda: r.randrange(1.5)), ('randrange stop None step', lambda: r.randrange(5, None, 2)),
                  ('randint bad', lambda: r.randint(5, 1)), ('choice empty', lambda: r.choice([])),
                  ('sample big', lambda: r.sample([1, 2], 3)), ('sample set', lambda: r.sample({1, 2}, 1)),
                  ('sample counts', lambda: r.sample('ab', 1, counts=[1])), ('getrandbits neg', lambda: r.getrandbits(-1)),
                  ('choices both', lambda: r.choices('ab', [1, 1], cum_weights=[1, 2])),
                  ('choices len', lambda: r.choices('ab', [1])), ('choices zero', lambda: r.choices('ab', [0, 0])),
                  ('gamma bad', lambda: r.gammavariate(0, 1)),
                  ('binomial n', lambda: r.binomialvariate(-1)), ('binomial p', lambda: r.binomialvariate(3, 1.5)),
                  ('seed type', lambda: r.seed([1])), ('setstate bad', lambda: r.setstate((9, (), None))),
                  ('randbool', lambda: r.randrange(True, 5, 3))]:
    show(label, fn)


class MyRandom(random.Random):
    def random(self):
        return 0.5


m = MyRandom(1)
print(m.random(), m.randrange(10), m.choice('abc'), m.uniform(0, 4), m.choices('xyz', k=3))


class Bits(random.Random):
    n = 0

    def getrandbits(self, k):
        self.n += 1
        return self.n % (1 << k)


b = Bits()
print(b.randrange(100), b.randrange(100), b.choice('abcdef'))
print(isinstance(random.SystemRandom().random(), float), len(random.SystemRandom().randbytes(4)))
print(random.Random.__mro__[1].__module__, random.Random(5).random() == random.Random(5).random())
