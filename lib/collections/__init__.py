"""Specialised container datatypes (ftpy's own implementation).

deque and defaultdict come from the C module _collections; the rest is
written here on top of dict, tuple and the ABCs of _collections_abc."""

import sys as _sys
import _collections_abc
from abc import update_abstractmethods as _update_abstracts

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']
from itertools import chain as _chain, starmap as _starmap
from operator import itemgetter as _itemgetter, eq as _eq
from _collections import deque, defaultdict

try:
    from _collections import _count_elements
except ImportError:
    def _count_elements(mapping, iterable):
        """Tally the items of iterable into mapping."""
        get = mapping.get
        for item in iterable:
            mapping[item] = get(item, 0) + 1

_collections_abc.MutableSequence.register(deque)

_GenericAlias = type(list[int])


def _guarded_repr(render):
    """Wrap a __repr__ so that an object met again while it is being
    printed shows as '...'."""
    active = set()

    def __repr__(self):
        token = id(self)
        if token in active:
            return '...'
        active.add(token)
        try:
            return render(self)
        finally:
            active.discard(token)
    __repr__.__name__ = render.__name__
    __repr__.__qualname__ = render.__qualname__
    __repr__.__doc__ = render.__doc__
    return __repr__


# ---------------------------------------------------------------------------
# OrderedDict: a dict subclass. dicts already keep insertion order, so the
# only extra work is moving keys around and order-aware equality.

def _view_repr(self):
    return f'{type(self).__name__}({list(self)!r})'


class odict_keys(_collections_abc.KeysView):
    __slots__ = ()
    __repr__ = _view_repr

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __contains__(self, key):
        return dict.__contains__(self._mapping, key)


class odict_values(_collections_abc.ValuesView):
    __slots__ = ()
    __repr__ = _view_repr

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))


class odict_items(_collections_abc.ItemsView):
    __slots__ = ()
    __repr__ = _view_repr

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __contains__(self, pair):
        return pair in dict.items(self._mapping)


for _v in (odict_keys, odict_values, odict_items):
    _v.__module__ = 'builtins'
del _v


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(
                f'expected at most 1 arguments, got {len(args)}')
        self.update(*args, **kwds)

    # goes through __setitem__, so subclasses overriding it see every key
    update = _collections_abc.MutableMapping.update

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        keys = dict.keys(self)
        key = next(reversed(keys)) if last else next(iter(keys))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return odict_keys(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return odict_values(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return odict_items(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            return all(map(_eq, dict.keys(self), dict.keys(other)))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    @_guarded_repr
    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        return f'{name}({dict(dict.items(self))!r})'

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(dict.items(self))

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __reversed__(self):
        return reversed(dict.keys(self))

    __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------------------
# namedtuple

class _tuplegetter:
    """Read-only descriptor giving one item of a tuple (a named field)."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not isinstance(instance, tuple):
            raise TypeError(f"descriptor for index '{self._index}' for tuple "
                            "subclasses doesn't apply to "
                            f"'{type(instance).__name__}' object")
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'{type(self).__name__}({self._index}, {self.__doc__!r})'

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)


def _check_names(typename, fields, rename):
    from keyword import iskeyword
    if rename:
        taken = set()
        for pos, name in enumerate(fields):
            if (not name.isidentifier() or iskeyword(name)
                    or name.startswith('_') or name in taken):
                fields[pos] = f'_{pos}'
            taken.add(name)
    for name in (typename, *fields):
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    taken = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in taken:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        taken.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(f) for f in field_names]
    typename = _sys.intern(str(typename))
    _check_names(typename, fields, rename)
    fields = tuple(_sys.intern(f) for f in fields)
    count = len(fields)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[count - len(defaults):], defaults):
            field_defaults[name] = value

    signature = ', '.join(fields)
    packed = signature + (',' if count == 1 else '')
    scope = {'_make_tuple': tuple.__new__, '__builtins__': {},
             '__name__': f'namedtuple_{typename}'}
    exec(f'def __new__(_klass, {signature}):\n'
         f'    return _make_tuple(_klass, ({packed}))\n', scope)
    new = scope['__new__']
    new.__doc__ = f'Create new instance of {typename}({signature})'
    if defaults:
        new.__defaults__ = defaults

    build = tuple.__new__

    def _make(cls, iterable):
        result = build(cls, iterable)
        if len(result) != count:
            raise TypeError(f'Expected {count} arguments, got {len(result)}')
        return result
    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        values = []
        for name, current in zip(fields, self):
            values.append(kwds.pop(name, current))
        if kwds:
            raise TypeError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)
    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    shape = '(' + ', '.join(f'{name}=%r' for name in fields) + ')'

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return type(self).__name__ + shape % tuple(self)

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({signature})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': new,
        '_make': classmethod(_make),
        '__replace__': _replace,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for func in (new, _make, _replace, __repr__, _asdict, __getnewargs__):
        func.__qualname__ = f'{typename}.{func.__name__}'
    for pos, name in enumerate(fields):
        namespace[name] = _tuplegetter(pos, f'Alias for field number {pos}')

    cls = type(typename, (tuple,), namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


# ---------------------------------------------------------------------------
# Counter

class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    """

    def __init__(self, iterable=None, /, **kwds):
        """Create a new, empty Counter object, then count the elements of
        iterable (or copy the counts of a mapping) and of keyword arguments.
        """
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        """
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain.from_iterable(_starmap(_repeat_item, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    get = self.get
                    for elem, n in iterable.items():
                        self[elem] = n + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, n in iterable.items():
                    self[elem] = get(elem, 0) - n
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        try:
            body = dict(self.most_common())
        except TypeError:
            body = dict(self)
        return f'{type(self).__name__}({body!r})'

    # comparisons treat missing elements as having a count of zero
    def _pairs(self, other):
        for elem in self.keys() | other.keys():
            yield self[elem], other[elem]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a == b for a, b in self._pairs(other))

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a <= b for a, b in self._pairs(other))

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a >= b for a, b in self._pairs(other))

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # multiset arithmetic: results keep only positive counts
    def _combine(self, other, op, take_new):
        out = Counter()
        for elem, n in self.items():
            v = op(n, other[elem])
            if v > 0:
                out[elem] = v
        for elem, n in other.items():
            if elem not in self:
                v = take_new(n)
                if v > 0:
                    out[elem] = v
        return out

    def __add__(self, other):
        """Add counts from two counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b, lambda b: b)

    def __sub__(self, other):
        """Subtract count, but keep only results with positive counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b, lambda b: -b)

    def __or__(self, other):
        """Union is the maximum of value in either of the input counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a,
                             lambda b: b)

    def __and__(self, other):
        """Intersection is the minimum of corresponding counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a < b else b,
                             lambda b: 0)

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        out = Counter()
        for elem, n in self.items():
            if n > 0:
                out[elem] = n
        return out

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        """
        out = Counter()
        for elem, n in self.items():
            if n < 0:
                out[elem] = -n
        return out

    def _drop_nonpositive(self):
        for elem in [e for e, n in self.items() if not n > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        """Inplace add from another counter, keeping only positive counts."""
        for elem, n in other.items():
            self[elem] += n
        return self._drop_nonpositive()

    def __isub__(self, other):
        """Inplace subtract counter, but keep only results with positive counts."""
        for elem, n in other.items():
            self[elem] -= n
        return self._drop_nonpositive()

    def __ior__(self, other):
        """Inplace union is the maximum of value from either counter."""
        for elem, n in other.items():
            if n > self[elem]:
                self[elem] = n
        return self._drop_nonpositive()

    def __iand__(self, other):
        """Inplace intersection is the minimum of corresponding counts."""
        for elem, n in self.items():
            m = other[elem]
            if m < n:
                self[elem] = m
        return self._drop_nonpositive()


def _repeat_item(elem, n):
    from itertools import repeat
    return repeat(elem, n)


# ---------------------------------------------------------------------------
# ChainMap

class ChainMap(_collections_abc.MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.
    """

    def __init__(self, *maps):
        """Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.
        """
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            if key in layer:
                return layer[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _all_keys(self):
        seen = {}
        for layer in reversed(self.maps):
            for key in layer:
                seen[key] = None
        return seen

    def __len__(self):
        return len(self._all_keys())

    def __iter__(self):
        return iter(self._all_keys())

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_guarded_repr
    def __repr__(self):
        inner = ', '.join(repr(layer) for layer in self.maps)
        return f'{type(self).__name__}({inner})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a new ChainMap with keys from iterable and values set to value."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        """
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return type(self)(*self.maps[1:])

    # writes go to the first mapping only
    def _front_only(self, action, key=None):
        try:
            return action(self.maps[0])
        except KeyError:
            if key is None:
                raise KeyError('No keys found in the first mapping.')
            raise KeyError(f'Key not found in the first mapping: {key[0]!r}')

    def __setitem__(self, key, value):
        front = self.maps[0]
        front[key] = value

    def __delitem__(self, key):
        def drop(front):
            del front[key]
        self._front_only(drop, (key,))

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError if maps[0] is empty."""
        return self._front_only(lambda front: front.popitem())

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        return self._front_only(lambda front: front.pop(key, *args), (key,))

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        front = self.maps[0]
        front.clear()

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            new = self.copy()
            new.maps[0].update(other)
            return new
        return NotImplemented

    def __ior__(self, other):
        front = self.maps[0]
        front.update(other)
        return self

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for layer in reversed(self.maps):
            merged.update(layer)
        return type(self)(merged)


# ---------------------------------------------------------------------------
# UserDict, UserList, UserString: wrappers around a real object in .data

def _unwrap(obj, kind):
    return obj.data if isinstance(obj, kind) else obj


def _pass_through(name, doc=None, rewrap=False, unwrap=None):
    """A method that forwards to the same-named method of self.data; with
    rewrap the result is wrapped in type(self) again, with unwrap the
    arguments that are instances of that class are replaced by their data."""
    def method(self, /, *args, **kwds):
        if unwrap is not None:
            args = [_unwrap(a, unwrap) for a in args]
        result = getattr(self.data, name)(*args, **kwds)
        return type(self)(result) if rewrap else result
    method.__name__ = name
    method.__doc__ = doc
    return method


def _install(cls, names, **options):
    for name in names.split():
        func = _pass_through(name, **options)
        func.__qualname__ = f'{cls.__name__}.{name}'
        setattr(cls, name, func)
    _update_abstracts(cls)


def _shallow_clone(obj, fresh_data):
    clone = type(obj).__new__(type(obj))
    clone.__dict__.update(obj.__dict__)
    clone.__dict__['data'] = fresh_data
    return clone


def _comparisons(cls):
    from operator import lt, le, eq, gt, ge
    for name, op in (('__lt__', lt), ('__le__', le), ('__eq__', eq),
                     ('__gt__', gt), ('__ge__', ge)):
        def compare(self, other, op=op):
            return op(self.data, _unwrap(other, cls))
        compare.__name__ = name
        compare.__qualname__ = f'{cls.__name__}.{name}'
        setattr(cls, name, compare)
    return cls


class UserDict(_collections_abc.MutableMapping):
    """A dict-like object that keeps its contents in a dict named data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        self.update(() if dict is None else dict, **kwargs)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        fallback = getattr(type(self), '__missing__', None)
        if fallback is None:
            raise KeyError(key)
        return fallback(self, key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        return _shallow_clone(self, self.__dict__['data'].copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy
        saved, self.data = self.data, {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = saved
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new


_install(UserDict, '__len__ __iter__ __contains__ __repr__')


def _udict_setitem(self, key, item):
    self.data[key] = item


def _udict_delitem(self, key):
    del self.data[key]


UserDict.__setitem__ = _udict_setitem
UserDict.__delitem__ = _udict_delitem
_update_abstracts(UserDict)


class UserList(_collections_abc.MutableSequence):
    """A list-like object that keeps its contents in a list named data."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    def __getitem__(self, i):
        found = self.data[i]
        return type(self)(found) if isinstance(i, slice) else found

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_clone(self, self.__dict__['data'][:])

    def copy(self):
        return type(self)(self)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


_comparisons(UserList)
_install(UserList, '__repr__ __len__ __contains__ __setitem__ __delitem__ '
         'append insert pop remove clear count index reverse sort')


class UserString(_collections_abc.Sequence):
    """A str-like object that keeps its contents in a str named data."""

    def __init__(self, seq):
        self.data = seq if isinstance(seq, str) else (
            seq.data[:] if isinstance(seq, UserString) else str(seq))

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        elif not isinstance(other, str):
            other = str(other)
        return type(self)(self.data + other)

    def __radd__(self, other):
        if not isinstance(other, str):
            other = str(other)
        return type(self)(other + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    maketrans = str.maketrans


_comparisons(UserString)
UserString.__hash__ = lambda self: hash(self.data)
for _name, _conv in (('__str__', str), ('__repr__', repr), ('__int__', int),
                     ('__float__', float), ('__complex__', complex),
                     ('__len__', len)):
    def _convert(self, _conv=_conv):
        return _conv(self.data)
    _convert.__name__ = _name
    _convert.__qualname__ = 'UserString.' + _name
    setattr(UserString, _name, _convert)
del _name, _conv, _convert
_update_abstracts(UserString)
_install(UserString, 'join format format_map')


def _string_method(name, rewrap):
    target = getattr(str, name)
    if rewrap:
        def method(self, /, *args, **kwds):
            args = [_unwrap(a, UserString) for a in args]
            return type(self)(target(self.data, *args, **kwds))
    else:
        def method(self, /, *args, **kwds):
            args = [_unwrap(a, UserString) for a in args]
            return target(self.data, *args, **kwds)
    method.__name__ = name
    method.__qualname__ = f'UserString.{name}'
    method.__doc__ = target.__doc__
    return method


for _name in ('capitalize casefold center expandtabs ljust lower lstrip '
              'removeprefix removesuffix replace rjust rstrip strip '
              'swapcase title translate upper zfill').split():
    setattr(UserString, _name, _string_method(_name, True))
for _name in ('count encode endswith find index isalpha isalnum isascii '
              'isdecimal isdigit isidentifier islower isnumeric '
              'isprintable isspace istitle isupper partition rfind rindex '
              'rpartition rsplit split splitlines startswith').split():
    setattr(UserString, _name, _string_method(_name, False))
del _name
