"""Pseudo-random numbers (ftpy's own implementation over _random).

For any given seed the sequences produced agree with CPython's."""

import _random
import math as _m
from itertools import accumulate as _accumulate, repeat as _repeat
from operator import index as _as_index
from posix import urandom as _urandom

__all__ = [
    "Random", "SystemRandom", "betavariate", "binomialvariate", "choice",
    "choices", "expovariate", "gammavariate", "gauss", "getrandbits",
    "getstate", "lognormvariate", "normalvariate", "paretovariate",
    "randbytes", "randint", "random", "randrange", "sample", "seed",
    "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate",
    "weibullvariate",
]

_TAU = 2.0 * _m.pi
_BITS_PER_FLOAT = 53
_FLOAT_SCALE = 2.0 ** -_BITS_PER_FLOAT
_KR_CONST = 4.0 * _m.exp(-0.5) / _m.sqrt(2.0)     # Kinderman-Monahan
_LN4 = _m.log(4.0)
_CHENG_CONST = 1.0 + _m.log(4.5)


# --- SHA-512, needed to turn str/bytes seeds into integers ----------------

def _sha512_tables():
    def primes(count):
        found = []
        cand = 2
        while len(found) < count:
            if all(cand % q for q in found if q * q <= cand):
                found.append(cand)
            cand += 1
        return found

    def frac_bits(x, root):
        # first 64 bits of the fractional part of x ** (1/root)
        lo, hi = 0, 1 << (64 + 8)
        # integer root of x * 2**(64*root) by bisection
        target = x << (64 * root)
        while lo < hi:
            mid = (lo + hi + 1) >> 1
            if mid ** root <= target:
                lo = mid
            else:
                hi = mid - 1
        return lo & ((1 << 64) - 1)

    ps = primes(80)
    init = [frac_bits(q, 2) for q in ps[:8]]
    rounds = [frac_bits(q, 3) for q in ps]
    return init, rounds


_SHA_INIT, _SHA_K = _sha512_tables()
_W64 = (1 << 64) - 1


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _W64


def _sha512_digest(data):
    data = bytes(data)
    bitlen = len(data) * 8
    data += b'\x80' + b'\x00' * ((111 - len(data)) % 128) + bitlen.to_bytes(16, 'big')
    state = list(_SHA_INIT)
    for off in range(0, len(data), 128):
        w = [int.from_bytes(data[off + 8 * i:off + 8 * i + 8], 'big') for i in range(16)]
        for t in range(16, 80):
            a, b = w[t - 15], w[t - 2]
            s0 = _rotr(a, 1) ^ _rotr(a, 8) ^ (a >> 7)
            s1 = _rotr(b, 19) ^ _rotr(b, 61) ^ (b >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _W64)
        a, b, c, d, e, f, g, h = state
        for t in range(80):
            big1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
            pick = (e & f) ^ (~e & g)
            t1 = (h + big1 + pick + _SHA_K[t] + w[t]) & _W64
            big0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
            major = (a & b) ^ (a & c) ^ (b & c)
            t2 = (big0 + major) & _W64
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _W64, c, b, a, (t1 + t2) & _W64
        state = [(x + y) & _W64 for x, y in zip(state, (a, b, c, d, e, f, g, h))]
    return b''.join(x.to_bytes(8, 'big') for x in state)


def _right_bisect(seq, x, hi):
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if x < seq[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _is_sequence(obj):
    try:
        from collections.abc import Sequence
    except ImportError:
        Sequence = None
    if Sequence is not None:
        return isinstance(obj, Sequence)
    if isinstance(obj, (dict, set, frozenset)):
        return False
    return hasattr(type(obj), '__getitem__') and hasattr(type(obj), '__len__')


class Random(_random.Random):
    """Mersenne Twister generator with the distributions of the random module."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Pick how _randbelow draws, from the nearest overridden primitive.
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                break
            if 'getrandbits' in own:
                cls._randbelow = cls._below_by_bits
                break
            if 'random' in own:
                cls._randbelow = cls._below_by_float
                break
        super().__init_subclass__(**kwargs)

    def seed(self, a=None, version=2):
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            acc = ord(text[0]) << 7 if text else 0
            for ch in map(ord, text):
                acc = ((1000003 * acc) ^ ch) & 0xFFFFFFFFFFFFFFFF
            acc ^= len(text)
            a = -2 if acc == -1 else acc
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + _sha512_digest(raw), 'big')
        elif a is not None and not isinstance(a, (int, float)):
            raise TypeError('The only supported seed types are:\n'
                            'None, int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        ver = state[0]
        if ver == 3:
            _, inner, self.gauss_next = state
        elif ver == 2:
            _, inner, self.gauss_next = state
            try:
                inner = tuple(x % (1 << 32) for x in inner)
            except ValueError as exc:
                raise TypeError from exc
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (ver, self.VERSION))
        super().setstate(inner)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # -- integers ----------------------------------------------------------

    def _below_by_bits(self, n):
        width = n.bit_length()
        draw = self.getrandbits(width)
        while draw >= n:
            draw = self.getrandbits(width)
        return draw

    def _below_by_float(self, n, maxsize=1 << _BITS_PER_FLOAT):
        rnd = self.random
        if n >= maxsize:
            import warnings
            warnings.warn("Underlying random() generator does not supply \n"
                          "enough bits to choose from a population range this large.\n"
                          "To remove the range limitation, add a getrandbits() method.")
            return _m.floor(rnd() * n)
        cutoff = (maxsize - maxsize % n) / maxsize
        u = rnd()
        while u >= cutoff:
            u = rnd()
        return _m.floor(u * maxsize) % n

    _randbelow = _below_by_bits

    def randrange(self, start, stop=None, step=1):
        lo = _as_index(start)
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if lo > 0:
                return self._randbelow(lo)
            raise ValueError("empty range for randrange()")
        hi = _as_index(stop)
        stride = _as_index(step)
        span = hi - lo
        if stride == 1:
            if span > 0:
                return lo + self._randbelow(span)
            raise ValueError(f"empty range in randrange({start}, {stop})")
        if stride == 0:
            raise ValueError("zero step for randrange()")
        if stride > 0:
            count = (span + stride - 1) // stride
        else:
            count = (span + stride + 1) // stride
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # -- sequences ---------------------------------------------------------

    def choice(self, seq):
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            bounds = list(_accumulate(counts))
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            last = len(bounds)
            return [population[_right_bisect(bounds, s, last)] for s in picks]
        below = self._randbelow
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        # small populations: partial shuffle of a copy; large: rejection
        threshold = 21
        if k > 5:
            threshold += 4 ** _m.ceil(_m.log(k * 3, 4))
        out = []
        if size <= threshold:
            pool = list(population)
            for i in range(k):
                j = below(size - i)
                out.append(pool[j])
                pool[j] = pool[size - i - 1]
            return out
        taken = set()
        for _ in range(k):
            j = below(size)
            while j in taken:
                j = below(size)
            taken.add(j)
            out.append(population[j])
        return out

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        rnd = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_m.floor(rnd() * scale)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if isinstance(weights, int):
                    k = weights
                    raise TypeError('The number of choices must be a keyword '
                                    f'argument: {k=}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _m.isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_right_bisect(cum_weights, rnd() * total, top)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions ---------------------------------------

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        if mode is None:
            c = 0.5
        else:
            try:
                c = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if c < u:
            u, c = 1.0 - u, 1.0 - c
            low, high = high, low
        return low + (high - low) * _m.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        rnd = self.random
        while True:
            a = rnd()
            b = 1.0 - rnd()
            z = _KR_CONST * (a - 0.5) / b
            if z * z / 4.0 <= -_m.log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * _TAU
            radius = _m.sqrt(-2.0 * _m.log(1.0 - self.random()))
            z = _m.cos(angle) * radius
            self.gauss_next = _m.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _m.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        return -_m.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        rnd = self.random
        if kappa <= 1e-6:
            return _TAU * rnd()
        half = 0.5 / kappa
        r = half + _m.sqrt(1.0 + half * half)
        while True:
            z = _m.cos(_m.pi * rnd())
            d = z / (r + z)
            u = rnd()
            if u < 1.0 - d * d or u <= (1.0 - d) * _m.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if rnd() > 0.5:
            return (mu + _m.acos(f)) % _TAU
        return (mu - _m.acos(f)) % _TAU

    def gammavariate(self, alpha=1.0, beta=1.0):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        rnd = self.random
        if alpha > 1.0:
            # R.C.H. Cheng's rejection method
            ainv = _m.sqrt(2.0 * alpha - 1.0)
            bb = alpha - _LN4
            cc = alpha + ainv
            while True:
                u1 = rnd()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - rnd()
                v = _m.log(u1 / (1.0 - u1)) / ainv
                x = alpha * _m.exp(v)
                z = u1 * u1 * u2
                r = bb + cc * v - x
                if r + _CHENG_CONST - 4.5 * z >= 0.0 or r >= _m.log(z):
                    return x * beta
        if alpha == 1.0:
            return -_m.log(1.0 - rnd()) * beta
        # alpha < 1: Ahrens-Dieter GS algorithm
        while True:
            b = (_m.e + alpha) / _m.e
            p = b * rnd()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_m.log((b - p) / alpha)
            u = rnd()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= _m.exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if not y:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_m.log(1.0 - self.random())) ** (1.0 / beta)

    def binomialvariate(self, n=1, p=0.5):
        if n < 0:
            raise ValueError("n must be non-negative")
        if p == 0.0 or p == 1.0:
            return n if p else 0
        if not 0.0 < p < 1.0:
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        rnd = self.random
        if n == 1:
            return _as_index(rnd() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            # count geometric gaps between successes
            hits = gap_sum = 0
            step = _m.log2(1.0 - p)
            if not step:
                return hits
            while True:
                gap_sum += _m.floor(_m.log2(rnd()) / step) + 1
                if gap_sum > n:
                    return hits
                hits += 1
        # Hormann's BTRS transformed rejection
        spq = _m.sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        vr = 0.92 - 4.2 / b
        prepared = None
        while True:
            u = rnd() - 0.5
            us = 0.5 - _m.fabs(u)
            k = _m.floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = rnd()
            if us >= 0.07 and v <= vr:
                return k
            if prepared is None:
                mode = _m.floor((n + 1) * p)
                prepared = ((2.83 + 5.1 / b) * spq, _m.log(p / (1.0 - p)), mode,
                            _m.lgamma(mode + 1) + _m.lgamma(n - mode + 1))
            alpha, lpq, mode, h = prepared
            v *= alpha / (a / (us * us) + b)
            if _m.log(v) <= h - _m.lgamma(k + 1) - _m.lgamma(n - k + 1) + (k - mode) * lpq:
                return k


class SystemRandom(Random):
    """Random numbers from os.urandom(); has no state and cannot be seeded."""

    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * _FLOAT_SCALE

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


_shared = Random()


def _export_bound_methods():
    space = globals()
    for fname in __all__:
        if fname[0].islower():
            space[fname] = getattr(_shared, fname)


_export_bound_methods()
