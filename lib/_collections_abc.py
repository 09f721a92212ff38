"""ftpy's abstract base classes for containers (exported by collections.abc).

Every ABC lists its abstract methods and provides mixin methods written in
terms of them. The "one-trick ponies" (Hashable, Iterable, Sized, ...)
recognise a class structurally, by looking for the method in its MRO."""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])
EllipsisType = type(...)

__all__ = [
    "Hashable", "Sized", "Container", "Buffer", "Callable",
    "Iterable", "Iterator", "Reversible", "Generator", "Collection",
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
    "AsyncGenerator", "Set", "MutableSet", "Mapping", "MutableMapping",
    "MappingView", "KeysView", "ItemsView", "ValuesView",
    "Sequence", "MutableSequence",
]

__name__ = "collections.abc"


def _defines(klass, *names):
    """True when every name is found in klass's MRO with a value that is not
    None (None marks a method as deliberately absent)."""
    mro = klass.__mro__
    for name in names:
        for base in mro:
            ns = base.__dict__
            if name in ns:
                if ns[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# --- concrete types of the runtime, obtained from real objects -------------

def _type_of(obj):
    return type(obj)


bytes_iterator = _type_of(iter(b''))
bytearray_iterator = _type_of(iter(bytearray()))
dict_keyiterator = _type_of(iter({}.keys()))
dict_valueiterator = _type_of(iter({}.values()))
dict_itemiterator = _type_of(iter({}.items()))
list_iterator = _type_of(iter([]))
list_reverseiterator = _type_of(iter(reversed([])))
range_iterator = _type_of(iter(range(0)))
longrange_iterator = _type_of(iter(range(1 << 1000)))
set_iterator = _type_of(iter(set()))
str_iterator = _type_of(iter(""))
tuple_iterator = _type_of(iter(()))
zip_iterator = _type_of(zip())
dict_keys = _type_of({}.keys())
dict_values = _type_of({}.values())
dict_items = _type_of({}.items())
mappingproxy = _type_of(type.__dict__)


def _make_generator():
    yield


generator = _type_of(_make_generator())


async def _make_coroutine():
    pass


_probe = _make_coroutine()
coroutine = _type_of(_probe)
_probe.close()
del _probe


async def _make_async_generator():
    yield


async_generator = _type_of(_make_async_generator())

try:
    framelocalsproxy = _type_of(sys._getframe().f_locals)
except Exception:
    pass


# --- one-trick ponies --------------------------------------------------------

def _abstract(name, fallback):
    def method(self, *args, **kwds):
        return fallback
    method.__name__ = name
    method.__isabstractmethod__ = True
    return method


def _pony(name, needed, fallback, generic=False, extra=()):
    """Build an ABC with the single abstract method `needed`; the class
    itself (not its subclasses) recognises any class defining `needed`
    and every name in extra."""
    made = None

    def __subclasshook__(cls, C):
        if cls is made:
            return _defines(C, needed, *extra)
        return NotImplemented
    ns = {'__slots__': (), '__module__': __name__,
          needed: _abstract(needed, fallback),
          '__subclasshook__': classmethod(__subclasshook__)}
    if generic:
        ns['__class_getitem__'] = classmethod(GenericAlias)
    made = ABCMeta(name, (), ns)
    return made


Hashable = _pony('Hashable', '__hash__', 0)
Sized = _pony('Sized', '__len__', 0)
Container = _pony('Container', '__contains__', False, generic=True)
Buffer = _pony('Buffer', '__buffer__', None)


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _defines(C, "__iter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Produce the next item or raise StopIteration."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _defines(C, "__iter__", "__next__")
        return NotImplemented


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _defines(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """Send None into the generator."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with value; return its next yield."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raise GeneratorExit inside the generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _defines(C, '__iter__', '__next__', 'send', 'throw', 'close')
        return NotImplemented


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _defines(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _defines(C, "__await__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raise GeneratorExit inside the coroutine."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _defines(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _defines(C, "__aiter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Produce the next item or raise StopAsyncIteration."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _defines(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """Send None into the asynchronous generator."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume the asynchronous generator with value."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the asynchronous generator."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    async def aclose(self):
        """Raise GeneratorExit inside the asynchronous generator."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _defines(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
        return NotImplemented


# --- Callable and its parameterised alias ----------------------------------

def _repr_type(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type(_repr_type)):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    """Callable[[args...], result] flattened as (args..., result)."""
    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            flat = (*params, result)
        elif params is Ellipsis or _is_param_expr(params):
            flat = (params, result)
        else:
            raise TypeError(
                "Callable[args, result]: args must be a list, tuple or "
                f"ellipsis, got {params}")
        return super().__new__(cls, origin, flat)

    def __repr__(self):
        a = self.__args__
        if len(a) == 2 and (a[0] is Ellipsis or _is_param_expr(a[0])):
            return super().__repr__()
        inner = ', '.join(_repr_type(x) for x in a[:-1])
        return (f'collections.abc.Callable'
                f'[[{inner}], {_repr_type(a[-1])}]')

    def __reduce__(self):
        a = self.__args__
        if not (len(a) == 2 and (a[0] is Ellipsis or _is_param_expr(a[0]))):
            a = list(a[:-1]), a[-1]
        return _CallableGenericAlias, (Callable, a)


def _is_param_expr(obj):
    if obj is Ellipsis:
        return True
    if isinstance(obj, list):
        return True
    kind = type(obj)
    return (kind.__module__ == 'typing'
            and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias'))


Callable = _pony('Callable', '__call__', False)
Callable.__class_getitem__ = classmethod(_CallableGenericAlias)


# --- sets --------------------------------------------------------------------

class Set(Collection):
    """A finite, iterable container; subclasses supply __contains__,
    __iter__ and __len__ and get comparisons and set algebra."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        """Build a new set from an iterable (override when the constructor
        takes other arguments)."""
        return cls(it)

    def _all_in(self, other):
        for item in self:
            if item not in other:
                return False
        return True

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and self._all_in(other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self._all_in(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and all(x in self for x in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self._all_in(other)

    def isdisjoint(self, other):
        """True when the two sets share no element."""
        return not any(x in self for x in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented

        def both():
            yield from self
            yield from other
        return self._from_iterable(both())

    __ror__ = __or__

    def _as_set(self, other):
        """other as a Set, or None when it is not iterable at all."""
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for a frozen set-like class, independent of order."""
        width = sys.maxsize * 2 + 1
        acc = 1927868237 * (len(self) + 1)
        acc &= width
        for item in self:
            hv = hash(item)
            acc ^= (hv ^ (hv << 16) ^ 89869747) * 3644798167
            acc &= width
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = acc * 69069 + 907133923
        acc &= width
        if acc > sys.maxsize:
            acc -= width + 1
        if acc == -1:
            acc = 590923713
        return acc


Set.register(frozenset)


class MutableSet(Set):
    """A Set that also supports add and discard."""
    __slots__ = ()

    @abstractmethod
    def discard(self, value):
        """Take value out of the set; no error when it is absent."""
        raise NotImplementedError

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element; KeyError if absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError when empty."""
        for item in self:
            break
        else:
            raise KeyError
        self.discard(item)
        return item

    def clear(self):
        """Remove every element."""
        while self:
            self.pop()

    def __ior__(self, it):
        for item in it:
            self.add(item)
        return self

    def __iand__(self, it):
        for item in self - it:
            self.discard(item)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for item in it:
            if item in self:
                self.discard(item)
            else:
                self.add(item)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for item in it:
            self.discard(item)
        return self


MutableSet.register(set)


# --- mappings ----------------------------------------------------------------

class Mapping(Collection):
    """A read-only container of key/value pairs; subclasses supply
    __getitem__, __iter__ and __len__."""
    __slots__ = ()
    __abc_tpflags__ = 1 << 6

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."""
        return self[key] if key in self else default

    def __contains__(self, key):
        missing = False
        try:
            self[key]
        except KeyError:
            missing = True
        return not missing

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return KeysView(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return ItemsView(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __reversed__ = None


Mapping.register(mappingproxy)
try:
    Mapping.register(framelocalsproxy)
except NameError:
    pass


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(GenericAlias)


class _SetView(MappingView, Set):
    """Views whose set operations produce plain sets."""
    __slots__ = ()
    _from_iterable = classmethod(lambda cls, it: set(it))


class KeysView(_SetView):
    __slots__ = ()

    def __iter__(self):
        return (yield from self._mapping)

    def __contains__(self, key):
        return key in self._mapping


KeysView.register(dict_keys)


class ItemsView(_SetView):
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        m = self._mapping
        if key not in m:
            return False
        found = m[key]
        return found is value or found == value

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield key, m[key]


ItemsView.register(dict_items)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        m = self._mapping
        for key in m:
            v = m[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield m[key]


ValuesView.register(dict_values)

_NOTHING = object()


class MutableMapping(Mapping):
    """A Mapping that also supports __setitem__ and __delitem__."""
    __slots__ = ()

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    def pop(self, key, default=_NOTHING):
        """D.pop(k[,d]) -> v, remove specified key and return the corresponding value.
          If key is not found, d is returned if given, otherwise KeyError is raised.
        """
        try:
            value = self[key]
        except KeyError:
            if default is _NOTHING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """D.popitem() -> (k, v), remove and return some (key, value) pair
           as a 2-tuple; but raise KeyError if D is empty.
        """
        for key in self:
            break
        else:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """D.clear() -> None.  Remove all items from D."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """ D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            keys = other if isinstance(other, Mapping) else other.keys()
            pairs = ((k, other[k]) for k in keys)
        else:
            pairs = other
        for k, v in pairs:
            self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def setdefault(self, key, default=None):
        """D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"""
        if key not in self:
            self[key] = default
            return default
        return self[key]


MutableMapping.register(dict)


# --- sequences ---------------------------------------------------------------

class Sequence(Reversible, Collection):
    """An indexable container; subclasses supply __getitem__ and __len__."""
    __slots__ = ()
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        pos = 0
        while True:
            try:
                item = self[pos]
            except IndexError:
                return
            yield item
            pos += 1

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """S.index(value, [start, [stop]]) -> integer -- return first index of value.
           Raises ValueError if the value is not present.
        """
        pos = start
        if pos is not None and pos < 0:
            pos = max(pos + len(self), 0)
        end = stop
        if end is not None and end < 0:
            end = end + len(self)
        for item in self._from_position(pos):
            if end is not None and pos >= end:
                break
            if item is value or item == value:
                return pos
            pos += 1
        raise ValueError

    def _from_position(self, pos):
        while True:
            try:
                yield self[pos]
            except IndexError:
                return
            pos += 1

    def count(self, value):
        """S.count(value) -> integer -- return number of occurrences of value"""
        n = 0
        for item in self:
            if item is value or item == value:
                n += 1
        return n


for _t in (tuple, str, range, memoryview):
    Sequence.register(_t)
del _t


class MutableSequence(Sequence):
    """A Sequence that also supports __setitem__, __delitem__ and insert."""
    __slots__ = ()

    @abstractmethod
    def insert(self, index, value):
        """S.insert(index, value) -- insert value before index"""
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    def append(self, value):
        """S.append(value) -- append value to the end of the sequence"""
        self.insert(len(self), value)

    def clear(self):
        """S.clear() -> None -- remove all items from S"""
        while len(self):
            self.pop()

    def reverse(self):
        """S.reverse() -- reverse *IN PLACE*"""
        size = len(self)
        for lo in range(size // 2):
            hi = size - 1 - lo
            self[lo], self[hi] = self[hi], self[lo]

    def extend(self, values):
        """S.extend(iterable) -- extend sequence by appending elements from the iterable"""
        if values is self:
            values = list(values)
        for item in values:
            self.append(item)

    def pop(self, index=-1):
        """S.pop([index]) -> item -- remove and return item at index (default last).
           Raise IndexError if list is empty or index is out of range.
        """
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """S.remove(value) -- remove first occurrence of value.
           Raise ValueError if the value is not present.
        """
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


MutableSequence.register(list)
MutableSequence.register(bytearray)


# --- the runtime's concrete types -------------------------------------------

for _t in (bytes_iterator, bytearray_iterator, dict_keyiterator,
           dict_valueiterator, dict_itemiterator, list_iterator,
           list_reverseiterator, range_iterator, longrange_iterator,
           set_iterator, str_iterator, tuple_iterator, zip_iterator):
    Iterator.register(_t)
del _t
Generator.register(generator)
Coroutine.register(coroutine)
AsyncGenerator.register(async_generator)
Sequence.register(bytes)
# the runtime's buffer types do not define __buffer__ in Python
for _t in (bytes, bytearray, memoryview):
    Buffer.register(_t)
del _t
