# typing: aliases and reprs, Union/Optional, Generic, Protocol, NamedTuple, TypedDict, NewType, get_type_hints, errors
from typing import *
import typing
T = TypeVar('T')
print(repr(Union[int, None, str]), repr(Optional[Union[int,str]]), repr(Union[int, str] | None), repr(int | List[int]), repr(List[int] | None))
print(repr(Callable[..., int]), repr(Callable[[], int]), repr(Tuple[()]), repr(Dict[str, 'X']), repr(Union['A', int]))
class Box(Generic[T]): pass
print(repr(Box[int]), repr(Box), Box.__parameters__, repr(Box[T]), repr(Box[List[T]][int]))
print(repr(Literal['a', 1, None]), repr(Annotated[int, 'm']), repr(Type[int]), repr(typing.Iterable), repr(typing.Iterable[int]), repr(typing.Pattern), repr(typing.Pattern[str]))
print(repr(ClassVar[int]), repr(Final), repr(Any), repr(NoReturn), repr(Never), repr(Self), repr(LiteralString), repr(TypeVar('U', bound=int)), repr(TypeVar('V', int, str, covariant=True)))
print(get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(Literal[1]), get_args(Annotated[int, 'x']))
print(repr(Dict), repr(Union[int]), repr(Optional[None]), repr(Union[int, Union[str, float]]))
print(Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]), List[int] == list[int])
print(repr(typing.Counter[str]), repr(typing.DefaultDict[str,int]), repr(typing.Deque), repr(typing.Text), repr(typing.AnyStr), repr(typing.Generator[int, None, None]), repr(typing.ContextManager[int]))
for f in [lambda: isinstance(1, List[int]), lambda: Generic[int], lambda: Box[int, str], lambda: List(), lambda: Union[()], lambda: Optional[int, str], lambda: Any(), lambda: isinstance(1, Any), lambda: Union[int]()]:
    try: f()
    except TypeError as e: print(e)
print(isinstance([], List), isinstance(1, Union[int, str]), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(3, Optional[str]))
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point(1), Point._fields, Point.__annotations__, Point._field_defaults, isinstance(p, tuple), p._replace(x=9))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(e)
class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m = Movie(title='Blade Runner', year=1982)
print(m, type(m), Movie.__required_keys__ == {'title', 'year'}, sorted(Movie2.__optional_keys__), sorted(Movie2.__annotations__), Movie2.__total__)
try: isinstance(m, Movie)
except TypeError as e: print(e)
TD = TypedDict('TD', {'a': int, 'b': NotRequired[str]})
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__), is_typeddict(TD), is_typeddict(dict))
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
class G: pass
print(isinstance(F(), Closable), isinstance(G(), Closable), issubclass(F, Closable), isinstance(1, SupportsInt), isinstance('x', SupportsInt))
class P2(Protocol):
    x: int
try: isinstance(F(), P2)
except TypeError as e: print(e)
try: P2()
except TypeError as e: print(e)
class Impl(Closable):
    pass
print(Impl().close(), isinstance(Impl(), Closable))
UserId = NewType('UserId', int)
print(UserId(5), repr(UserId), UserId.__supertype__)
def greet(name: 'str', n: Optional[int] = None) -> List['Point']: pass
print(get_type_hints(greet))
class A:
    x: int
    y: 'List[int]'
    z: ClassVar[str] = 'c'
class B(A):
    w: Annotated[float, 'unit']
print(get_type_hints(B), get_type_hints(B, include_extras=True)['w'])
print(cast(int, 'x'), TYPE_CHECKING, get_origin(List[int]), get_args(Dict[str, int]), get_args(int), get_origin(int), get_origin(Generic), get_args(Tuple[int, ...]))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3), len(get_overloads(f)))
try: typing._overload_dummy()
except NotImplementedError as e: print(e)
class Pair(Generic[T]):
    def __init__(self, a: T, b: T):
        self.a, self.b = a, b
pp = Pair[int](1, 2)
print(pp.a, pp.__orig_class__, Pair.__orig_bases__, Pair[str].__origin__, Pair[str].__args__)
K = TypeVar('K'); V = TypeVar('V')
class MyMap(Dict[K, V]): pass
print(MyMap.__mro__, MyMap.__parameters__, repr(MyMap[str, int]), MyMap(a=1))
print(repr(Callable[[int, str], List[T]][float]), repr(Dict[str, T][int]), repr(Tuple[T, ...][str]))
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, repr(T | int), repr(List[int] | str))
print(repr(Literal[1, 2, 1]), Literal[1, 2] == Literal[2, 1], repr(Concatenate[int, ParamSpec('P')]), repr(ParamSpec('Q').args))
print(Final[int], ClassVar[List[int]], TypeGuard[int], Required[int], Unpack[Tuple[int]])
@final
class Fin: pass
print(Fin.__final__, reveal_type is not None, typing.NoDefault)
try:
    class Bad(Union): pass
except TypeError as e: print(e)
try:
    class Bad2(Generic): pass
except TypeError as e: print(e)
try:
    class Bad3(Generic[T], Generic[K]): pass
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: assert_never(5)
except AssertionError as e: print(e)
