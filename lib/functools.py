"""Higher-order functions and operations on callables (ftpy's own code).

reduce, partial, cmp_to_key and the LRU cache machinery are written in C
(module _functools); this module adds the pure-Python helpers."""

from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
from abc import get_cache_token
from collections import namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch',
           'singledispatchmethod', 'cached_property']

_GenericAlias = type(list[int])
_MappingProxy = type(type.__dict__)
_NOT_FOUND = object()


# ---------------------------------------------------------------------------
# wrappers

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    assigned, merge those named in updated, and set __wrapped__."""
    for name in assigned:
        value = getattr(wrapped, name, _NOT_FOUND)
        if value is not _NOT_FOUND:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last, so that a __wrapped__ copied from wrapped's __dict__ is
    # replaced by wrapped itself
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---------------------------------------------------------------------------
# total_ordering

# For each root operation, how every other comparison follows from the
# root's result r and equality: (name, negate r, join with ==/!=).
#   'or_eq'   -> r or a == b         'and_ne' -> r and a != b
_DERIVED = {
    '__lt__': (('__gt__', True, 'and_ne'), ('__le__', False, 'or_eq'),
               ('__ge__', True, None)),
    '__le__': (('__ge__', True, 'or_eq'), ('__lt__', False, 'and_ne'),
               ('__gt__', True, None)),
    '__gt__': (('__lt__', True, 'and_ne'), ('__ge__', False, 'or_eq'),
               ('__le__', True, None)),
    '__ge__': (('__le__', True, 'or_eq'), ('__gt__', False, 'and_ne'),
               ('__lt__', True, None)),
}


def _derive(root, name, negate, join):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if join == 'or_eq':
            return r or self == other
        if join == 'and_ne':
            return r and self != other
        return r
    compare.__name__ = name
    compare.__qualname__ = name
    return compare


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # preference: __lt__, then __le__, then __gt__, then __ge__
    root = max(defined)
    for name, negate, join in _DERIVED[root]:
        if name not in defined:
            setattr(cls, name, _derive(root, name, negate, join))
    return cls


# ---------------------------------------------------------------------------
# caching

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def _wrap_cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    params = {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = lambda: dict(params)
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    With maxsize None the cache grows without bound; with typed true,
    arguments of different types are cached separately.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used as @lru_cache without arguments
        return _wrap_cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _wrap_cached(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """A property computed once per instance and then stored in the
    instance's __dict__ under the same name."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different "
                f"names ({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without "
                            "calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {name!r} property.") from None
        value = store.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} "
                    "instance does not support item assignment for caching "
                    f"{name!r} property.") from None
        return value

    __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------------------
# partialmethod

class partialmethod:
    """A descriptor like partial, but binding like a method: the instance
    (or class) is passed before the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        shown = [repr(self.func)]
        shown += [repr(a) for a in self.args]
        shown += [f'{k}={v!r}' for k, v in self.keywords.items()]
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(shown)})"

    def _unbound(self):
        stored_args, stored_kw, func = self.args, self.keywords, self.func

        def _method(cls_or_self, /, *args, **keywords):
            return func(cls_or_self, *stored_args, *args,
                        **{**stored_kw, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.__partialmethod__ = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None and not isinstance(self.func, partial):
            bound = binder(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------------------
# singledispatch

def _placement(cls, candidate, mro):
    """Where candidate sits in cls's (ABC-extended) resolution order."""
    if candidate in mro:
        return mro.index(candidate)
    # a virtual base goes right after the deepest class that implements it
    spot = 0
    for pos, klass in enumerate(mro):
        if issubclass(klass, candidate):
            spot = pos
    return spot + 0.5


def _best_match(cls, registry):
    mro = list(cls.__mro__)
    candidates = [t for t in registry if issubclass(cls, t)]
    best = None
    best_key = None
    for t in candidates:
        key = _placement(cls, t, mro)
        if best is None or key < best_key:
            best, best_key = t, key
        elif key == best_key and t is not best:
            if issubclass(t, best):
                best = t
            elif not issubclass(best, t):
                raise RuntimeError(f"Ambiguous dispatch: {best} or {t}")
    return registry[best] if best is not None else registry[object]


def _dispatch_type_ok(cls):
    if isinstance(cls, type) and not isinstance(cls, _GenericAlias):
        return True
    union = type(int | str)
    if isinstance(cls, union):
        return all(isinstance(a, type) and not isinstance(a, _GenericAlias)
                   for a in cls.__args__)
    return False


def _first_annotation(func, given):
    annotations = getattr(func, '__annotations__', None) or {}
    for name, value in annotations.items():
        if name == 'return':
            continue
        if isinstance(value, str):
            value = eval(value, getattr(func, '__globals__', {}))
        return value
    raise TypeError(
        f"Invalid first argument to `register()`: {given!r}. "
        "Use either `@register(some_class)` or plain `@register` "
        "on an annotated function.")


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is
    chosen by the type of the first argument."""
    registry = {object: func}
    memo = {}
    token = [None]

    def dispatch(cls):
        """Return the implementation registered for cls (or the closest
        base of it)."""
        current = get_cache_token()
        if token[0] != current:
            memo.clear()
            token[0] = current
        try:
            return memo[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _best_match(cls, registry)
        memo[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func for cls; usable as a decorator, with the class
        given or taken from the first parameter's annotation."""
        if _dispatch_type_ok(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            func = cls
            cls = _first_annotation(func, cls)
            if not _dispatch_type_ok(cls):
                raise TypeError(f"Invalid annotation for {func.__code__.co_varnames[0]!r}. "
                                f"{cls!r} is not a class.")
        if isinstance(cls, type(int | str)):
            for member in cls.__args__:
                registry[member] = func
        else:
            registry[cls] = func
        memo.clear()
        return func

    label = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{label} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)
    wrapper._clear_cache = memo.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatch happens on the
    first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch
        label = getattr(self.func, '__name__', 'singledispatchmethod method')

        def _method(*args, **kwargs):
            if not args:
                raise TypeError(f'{label} requires at least '
                                '1 positional argument')
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
