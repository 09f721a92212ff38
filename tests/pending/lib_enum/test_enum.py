# enum: Enum/IntEnum/StrEnum/Flag/IntFlag members, reprs, lookup, auto, functional API, _missing_, unique, boundaries
from enum import *
import enum
class P(Flag):
    R = 4; W = 2; X = 1
print(repr(P(0)), str(P(0)), repr(P.R|P.W), str(P.R|P.W), repr(~P.R), list(P.R|P.X), len(P.R|P.W), P.R in (P.R|P.W), bool(P(0)), format(P.R|P.W))
print(repr(P(7)), P(7).name, P(0).name, (P.R|P.W).value)
try: P(9)
except ValueError as e: print(repr(e))
class I(IntFlag):
    A = 1; B = 2
print(repr(I.A|I.B), str(I.A|I.B), repr(I(0)), repr(I(9)), repr(I.A|8), I.A + 1, repr(~I.A), format(I.A, '>4'))
class C(Enum):
    RED = 1; GREEN = 2
try:
    class D(C): X = 3
except TypeError as e: print(e)
try: C(5)
except ValueError as e: print(repr(e))
try: C['X']
except KeyError as e: print(repr(e))
class A(Enum):
    a = auto(); b = 10; c = auto()
print(list(A), A.c.value)
class S(StrEnum):
    x = auto(); Y = auto()
print(list(S), S.x, repr(S.Y), format(S.x), S.x == 'x')
try:
    C.RED = 3
except AttributeError as e: print(e)
print(repr(C), repr(P), repr(I), repr(S), C.__members__)
print(dir(C))
print(dir(C.RED))
print(P.__members__, list(P), P._member_map_.keys())
class Q(Flag):
    A = 1; B = 2; AB = 3; C = 8
print(list(Q), repr(Q.AB), repr(Q(11)), repr(~Q.A), Q.__members__.keys(), repr(Q(0)))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), repr(Planet.MERCURY))
class Num(IntEnum):
    ONE = 1; TWO = 2; UNO = 1
print(Num.ONE, repr(Num.UNO), Num.ONE + 1, Num(2), list(Num), Num.__members__, f'{Num.TWO}', Num.ONE == 1, sorted([Num.TWO, Num.ONE]))
try:
    @unique
    class Dup(Enum):
        A = 1; B = 1; C = 2; D = 2
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.__module__, Animal.ANT.value)
Ani2 = Enum('Ani2', [('X', 'x'), ('Y', 'y')])
Ani3 = IntEnum('Ani3', {'P': 5, 'Q': 6})
print(list(Ani2), list(Ani3), Enum('E4', 'a, b', start=10).b)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls.A
        if value == 99: return 5
print(M('zz'), M.A.name, M.A.value, hash(M.A) == hash('A'))
try: M(99)
except TypeError as e: print(repr(e))
try: M(7)
except ValueError as e: print(repr(e))
print(1 in C, C.RED in C, 'RED' in C, 3 in C, len(C), list(reversed(C)), bool(C), C(C.RED))
class Color(str, Enum):
    R = 'r'
print(repr(Color.R), str(Color.R), format(Color.R), Color.R == 'r', Color('r'))
class Mood(Enum):
    HAPPY = 3
    _ignore_ = 'tmp'
    tmp = 5
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
print(Mood.HAPPY.describe(), str(Mood.HAPPY), list(Mood), hasattr(Mood, 'tmp'))
class F2(Flag):
    A = auto(); B = auto(); C = auto()
print(list(F2), F2.A | F2.C, repr(F2(0)), F2.A & F2.B, F2.A ^ F2.A, repr(F2.A ^ F2.B))
class IF(IntFlag):
    R = 4; W = 2; X = 1
print(IF.R | 1, repr(IF.R | 1), IF(7), repr(IF(7)), IF.R & 4, type(IF.R + 1), IF.R | 16, repr(~IF.R))
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try: P.R in 4
except TypeError as e: print(e)
try: 4 in P.R
except TypeError as e: print(e)
class NZ(Flag):
    NONE = 0; A = 1; B = 2
print(repr(NZ.NONE), list(NZ), repr(NZ(0)), NZ.A in NZ.A|NZ.B)
import copy, pickle
print(copy.copy(C.RED) is C.RED, copy.deepcopy(C.GREEN) is C.GREEN)
print(C.RED.__reduce_ex__(4))
print(isinstance(C.RED, C), type(C.RED), type(C), isinstance(C, EnumMeta))
class Cool(Enum):
    name = 1
    value = 2
print(Cool.name, Cool.value, Cool.name.name, Cool.value.value)
class WithMeth(Enum):
    X = 1
    Y = 2
    @classmethod
    def first(cls): return cls.X
    CONST = nonmember(3)
    Z = member(lambda: 5)
print(WithMeth.first(), WithMeth.CONST, [m.name for m in WithMeth], WithMeth.Z.value())
print(enum.STRICT, repr(enum.KEEP), list(FlagBoundary))
class OrdE(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
try:
    class OrdBad(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e: print(e)
print(Num.ONE.__class__.__mro__)
class Shape(IntEnum):
    CIRCLE = 1
print(Shape.CIRCLE == Num.ONE, Shape(1) is Shape.CIRCLE, '{:03d}'.format(Shape.CIRCLE), '%s %r %d' % (Shape.CIRCLE, Shape.CIRCLE, Shape.CIRCLE))
