"""JSON serialisation: JSONEncoder and the string quoting helpers."""

import re as _re

__all__ = ['JSONEncoder']

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r',
                  '\t': '\\t', '\b': '\\b', '\f': '\\f'}

_NEEDS_ESCAPE = _re.compile(r'[\x00-\x1f"\\]')
_NEEDS_ESCAPE_ASCII = _re.compile(r'[^ -!#-\[\]-~]')

INFINITY = float('inf')


def _escape_one(ch):
    short = _SHORT_ESCAPES.get(ch)
    if short is not None:
        return short
    code = ord(ch)
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF))


def py_encode_basestring(s):
    """Quote s as a JSON string, keeping non-ASCII characters."""
    return '"' + _NEEDS_ESCAPE.sub(lambda m: _escape_one(m.group()), s) + '"'


def py_encode_basestring_ascii(s):
    """Quote s as a JSON string made only of ASCII characters."""
    return '"' + _NEEDS_ESCAPE_ASCII.sub(lambda m: _escape_one(m.group()), s) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.indent = indent
        self.sort_keys = sort_keys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.skipkeys = skipkeys
        self.check_circular = check_circular
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to return a serialisable stand-in for o."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return self._quote()(o)
        pieces = self.iterencode(o, _one_shot=True)
        if not isinstance(pieces, (list, tuple)):
            pieces = list(pieces)
        return ''.join(pieces)

    def _quote(self):
        return encode_basestring_ascii if self.ensure_ascii else encode_basestring

    def iterencode(self, o, _one_shot=False):
        step = self.indent
        if step is not None and not isinstance(step, str):
            step = ' ' * step
        walker = _Walker(self, step)
        return walker.emit(o, 0)


class _Walker:
    """Produces the chunks of one iterencode() call."""

    def __init__(self, enc, step):
        self.quote = enc._quote()
        self.fallback = enc.default
        self.allow_nan = enc.allow_nan
        self.skipkeys = enc.skipkeys
        self.sort_keys = enc.sort_keys
        self.step = step
        self.comma = enc.item_separator
        self.colon = enc.key_separator
        self.seen = {} if enc.check_circular else None

    def number(self, f):
        if f != f:
            text = 'NaN'
        elif f == INFINITY:
            text = 'Infinity'
        elif f == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(f)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON '
                             'compliant: ' + repr(f))
        return text

    def atom(self, o):
        """The text of a scalar, or None for containers and the unknown."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.number(o)
        return None

    def key_text(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.number(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, '
                        f'not {k.__class__.__name__}')

    def enter(self, o):
        if self.seen is None:
            return None
        ident = id(o)
        if ident in self.seen:
            raise ValueError("Circular reference detected")
        self.seen[ident] = o
        return ident

    def leave(self, ident):
        if ident is not None:
            del self.seen[ident]

    def breaks(self, depth):
        """(text opening a nested level, separator between its items)."""
        if self.step is None:
            return '', self.comma
        nl = '\n' + self.step * depth
        return nl, self.comma + nl

    def closing(self, depth):
        if self.step is None:
            return ''
        return '\n' + self.step * depth

    def emit(self, o, depth):
        text = self.atom(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.emit_list(o, depth)
        elif isinstance(o, dict):
            yield from self.emit_dict(o, depth)
        else:
            ident = self.enter(o)
            yield from self.emit(self.fallback(o), depth)
            self.leave(ident)

    def emit_list(self, seq, depth):
        if not seq:
            yield '[]'
            return
        ident = self.enter(seq)
        opener, sep = self.breaks(depth + 1)
        lead = '[' + opener
        for item in seq:
            text = self.atom(item)
            if text is not None:
                yield lead + text
            else:
                yield lead
                yield from self.emit(item, depth + 1)
            lead = sep
        if self.step is not None:
            yield self.closing(depth)
        yield ']'
        self.leave(ident)

    def emit_dict(self, mapping, depth):
        if not mapping:
            yield '{}'
            return
        ident = self.enter(mapping)
        yield '{'
        opener, sep = self.breaks(depth + 1)
        if opener:
            yield opener
        pairs = sorted(mapping.items()) if self.sort_keys else mapping.items()
        started = False
        for k, v in pairs:
            name = self.key_text(k)
            if name is None:
                continue
            if started:
                yield sep
            started = True
            yield self.quote(name)
            yield self.colon
            text = self.atom(v)
            if text is not None:
                yield text
            else:
                yield from self.emit(v, depth + 1)
        if self.step is not None:
            yield self.closing(depth)
        yield '}'
        self.leave(ident)
