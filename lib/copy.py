"""Shallow and deep copy operations (ftpy's own implementation).

copy(x) and deepcopy(x[, memo]) handle the built-in containers directly
and everything else through __copy__/__deepcopy__ or the pickle reduce
protocol (copyreg.dispatch_table, __reduce_ex__(4), __reduce__)."""

import copyreg
import types as _types

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

# objects of these types are immutable (or treated as such): both kinds
# of copy return them unchanged
_UNCHANGED = frozenset({
    type(None), type(Ellipsis), type(NotImplemented), bool, int, float,
    complex, str, bytes, tuple, frozenset, range, slice, property, type,
    _types.BuiltinFunctionType, _types.FunctionType, _types.CodeType,
})
_SHALLOW_ATOMIC = _UNCHANGED - {tuple}
try:
    import re as _re
    _UNCHANGED |= {type(_re.compile(''))}
    _SHALLOW_ATOMIC |= {type(_re.compile(''))}
except Exception:
    pass


def _reduced(x, cls, shallow):
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    method = getattr(x, "__reduce_ex__", None)
    if method is not None:
        return method(4)
    method = getattr(x, "__reduce__", None)
    if method is not None:
        return method()
    kind = "shallow" if shallow else "deep"
    raise Error(f"un({kind})copyable object of type {cls}")


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _UNCHANGED or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    rv = _reduced(x, cls, True)
    if isinstance(rv, str):
        return x
    return _rebuild(x, None, *rv)


def _deep_list(x, memo):
    out = []
    memo[id(x)] = out
    for item in x:
        out.append(deepcopy(item, memo))
    return out


def _deep_dict(x, memo):
    out = {}
    memo[id(x)] = out
    for key, value in x.items():
        out[deepcopy(key, memo)] = deepcopy(value, memo)
    return out


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # a cycle through x may already have produced its copy
    already = memo.get(id(x))
    if already is not None:
        return already
    if all(a is b for a, b in zip(items, x)):
        return x
    return tuple(items)


def _deep_set(x, memo):
    out = set()
    memo[id(x)] = out
    out.update(deepcopy(item, memo) for item in x)
    return out


def _deep_method(x, memo):
    owner = deepcopy(x.__self__, memo)
    try:
        return type(x)(x.__func__, owner)
    except TypeError:
        # the runtime may not let method objects be built directly
        return x.__func__.__get__(owner, type(owner))


_DEEP = {list: _deep_list, dict: _deep_dict, tuple: _deep_tuple,
         set: _deep_set,
         _types.MethodType: _deep_method}


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    key = id(x)
    if memo is None:
        memo = {}
    else:
        found = memo.get(key, _nil)
        if found is not _nil:
            return found
    cls = type(x)
    if cls in _DEEP:
        result = _DEEP[cls](x, memo)
    elif cls in _UNCHANGED or issubclass(cls, type):
        result = x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            result = hook(memo)
        else:
            rv = _reduced(x, cls, False)
            result = x if isinstance(rv, str) else _rebuild(x, memo, *rv)
    if result is not x:
        memo[key] = result
        # keep x alive while memo is: its id must not be reused
        keep = memo.setdefault(id(memo), [])
        keep.append(x)
    return result


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None,
             *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setter = getattr(y, '__setstate__', None)
        if setter is not None:
            setter(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for name, value in slots.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for immutable objects, like named tuples or
    frozen dataclasses.
    """
    cls = obj.__class__
    hook = getattr(cls, '__replace__', None)
    if hook is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return hook(obj, **changes)
