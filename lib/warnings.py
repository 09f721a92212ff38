"""Issuing and filtering warnings (ftpy's own implementation)."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings", "deprecated"]

_ACTIONS = ("error", "ignore", "always", "all", "default", "module", "once")

defaultaction = "default"
onceregistry = {}
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_generation = 1


def _filters_mutated():
    global _generation
    _generation += 1


class WarningMessage(object):
    """One warning, as recorded by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno",
                        "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        values = (message, category, filename, lineno, file, line, source)
        for attr, value in zip(self._WARNING_DETAILS, values):
            setattr(self, attr, value)
        self._category_name = None if not category else category.__name__

    def __str__(self):
        fields = (self.message, self._category_name, self.filename,
                  self.lineno, self.line)
        return ("{message : %r, category : %r, filename : %r, "
                "lineno : %s, line : %r}" % fields)


def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    out = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = msg.line if msg.line is not None else _source_line(msg.filename, msg.lineno)
    if line:
        out += "  %s\n" % line.strip()
    return out


def _showwarnmsg_impl(msg):
    stream = msg.file if msg.file is not None else sys.stderr
    if stream is None:
        return
    try:
        stream.write(_formatwarnmsg(msg))
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The standard text of a warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename,
                                              lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    hook = globals()['formatwarning']
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    hook = globals()['showwarning']
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno,
             msg.file, msg.line)
        return
    globals()['_showwarnmsg_impl'](msg)


# -- filters ---------------------------------------------------------------

def _check_action(action):
    if action not in _ACTIONS:
        raise ValueError("invalid action: %r" % (action,))


def _check_lineno(lineno):
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")


def _insert_filter(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="",
                   lineno=0, append=False):
    """Add a filter matching on message, category, module and line."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type):
        raise TypeError("category must be a class")
    if not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    _check_lineno(lineno)
    text_re = mod_re = None
    if message or module:
        import re
        text_re = re.compile(message, re.I) if message else None
        mod_re = re.compile(module) if module else None
    _insert_filter((action, text_re, category, mod_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching on category and line only."""
    _check_action(action)
    _check_lineno(lineno)
    _insert_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _pick_action(text, category, module, lineno):
    for entry in filters:
        action, text_re, cat, mod_re, line = entry
        if (_matches(text_re, text) and issubclass(category, cat)
                and _matches(mod_re, module) and (line == 0 or line == lineno)):
            return action, entry
    return defaultaction, None


# -- issuing -----------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None, *,
         skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise it as an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        frame = None
    if frame is None:
        space = sys.__dict__
        filename = "<sys>"
        lineno = 0
    else:
        space = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = space.get('__name__', "<string>")
    registry = space.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  space, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning attributed to an explicit place in the source."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _generation:
        registry.clear()
        registry['version'] = _generation
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    where = (text, category, lineno)
    if registry.get(where):
        return
    action, entry = _pick_action(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[where] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[where] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[where] = 1
    elif action not in ("always", "all"):
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, entry))
    _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                source=source))


class catch_warnings(object):
    """Context manager that saves the warnings state and restores it on exit."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._filter = None if action is None else (action, category, lineno, append)
        self._entered = False
        self._module = module if module is not None else sys.modules['warnings']
        self._record = record

    def __repr__(self):
        parts = []
        if self._record:
            parts.append("record=True")
        if self._module is not sys.modules['warnings']:
            parts.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()


class deprecated:
    """Decorator marking a function or class as deprecated."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError("Expected an object of type str for 'message', "
                            f"not {type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        text, cat, level = self.message, self.category, self.stacklevel
        if cat is None:
            arg.__deprecated__ = text
            return arg
        if isinstance(arg, type):
            original_init = arg.__init__

            def __init__(*args, **kwargs):
                warn(text, category=cat, stacklevel=level + 1)
                return original_init(*args, **kwargs)
            arg.__init__ = __init__
            arg.__deprecated__ = text
            return arg
        if not callable(arg):
            raise TypeError("@deprecated decorator with non-None category must "
                            "be applied to a class or callable, "
                            f"not {arg!r}")

        def wrapper(*args, **kwargs):
            warn(text, category=cat, stacklevel=level + 1)
            return arg(*args, **kwargs)
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(wrapper, attr, getattr(arg, attr))
            except AttributeError:
                pass
        wrapper.__dict__.update(getattr(arg, '__dict__', {}))
        wrapper.__wrapped__ = arg
        arg.__deprecated__ = wrapper.__deprecated__ = text
        return wrapper
