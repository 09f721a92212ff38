# dataclasses: generated methods, field options, frozen, order, hash, kw_only, slots, InitVar, helpers, errors
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY, FrozenInstanceError
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p == Point(1, 2, secret='t'), p != Point(2, 2), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__match_args__, Point.__hash__)
print(Point.__init__.__annotations__, Point.__doc__)
print(Point.__dataclass_params__)
print([(f.name, f.type, f.default is dataclasses.MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only) for f in fields(p)][:2])
print(repr(fields(Point)[2]).replace(repr(dataclasses.MISSING), 'MISSING'))
print(asdict(p), astuple(p), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(replace(p, y=5), p.tags is not Point(1).tags)
try:
    Point()
except TypeError as e:
    print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: ClassVar[str] = 'v'
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 >= v2, sorted([v2, v1, Version(0)]), hash(v1) == hash((1, 2)), Version.label, len(fields(Version)))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print(e)
try:
    v1 < (1, 2)
except TypeError as e:
    print(e)
print({v1: 'a'}[Version(1, 2)])

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default=None, hash=False)
print(hash(H(1)) == hash((1,)))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)], WithPost.__dataclass_fields__['scale']._field_type)

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(KW(1, b=2), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print(e)

@dataclass(kw_only=True)
class AllKW:
    x: int = 1
    y: int
print(AllKW(y=2))

@dataclass
class Base:
    x: int
    y: str = 'base'
@dataclass
class Derived(Base):
    z: float = 1.5
    y: str = 'derived'
print(Derived(1), [f.name for f in fields(Derived)], Derived.__match_args__)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'q'
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 1
except AttributeError as e:
    print('AttributeError')

@dataclass
class Node:
    val: int
    children: List['Node'] = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(astuple(n))
rec = Node(0)
rec.children.append(rec)
print(rec)

for src in ['''
@dataclass
class Bad:
    a: int = 1
    b: int
''', '''
@dataclass
class Bad:
    a: list = []
''', '''
@dataclass(order=True, eq=False)
class Bad:
    a: int
''', '''
@dataclass
class Bad:
    a: int = field(default=1, default_factory=list)
''', '''
@dataclass(frozen=True)
class F1:
    a: int
@dataclass
class Bad(F1):
    b: int = 0
''', '''
@dataclass(unsafe_hash=True)
class Bad:
    a: int
    def __hash__(self): return 1
''', '''
@dataclass(order=True)
class Bad:
    a: int
    def __lt__(self, o): return True
''']:
    try:
        exec(src)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    fields(3)
except TypeError as e:
    print(e)
try:
    asdict(Point)
except TypeError as e:
    print(e)

@dataclass
class Explicit:
    a: int
    def __repr__(self):
        return 'custom'
    def __eq__(self, other):
        return True
print(Explicit(1), Explicit(1) == 5, Explicit.__hash__)

C = dataclasses.make_dataclass('C', [('x', int), 'y', ('z', int, field(default=5))], namespace={'add_one': lambda self: self.x + 1})
c = C(1, 2)
print(c, c.add_one(), C.__module__, [f.type for f in fields(C)])

match Point(1, 7):
    case Point(1, yy):
        print('matched y =', yy)
print(dataclasses.MISSING is not None, repr(InitVar[int]), repr(InitVar[List[int]]))
import copy
print(copy.replace(v1, minor=9))
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), Empty.__match_args__, astuple(Empty()))
