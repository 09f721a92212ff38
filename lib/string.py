"""Common string constants, capwords(), Template strings and the Formatter
class (ftpy's own implementation)."""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = ''.join(map(str, range(10)))
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = digits[:8]
punctuation = ''.join(c for c in map(chr, range(33, 127)) if not c.isalnum())
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep, capitalize each word and join them with sep (a
    single space when sep is None, which also collapses runs of
    whitespace)."""
    words = s.split(sep)
    return (' ' if sep is None else sep).join(w.capitalize() for w in words)


# ---------------------------------------------------------------------------
# Template: $-substitution

_NO_VALUE = object()


class _MergedMapping:
    """Look a key up in keyword arguments first, then in a mapping."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # ASCII-only identifiers, matched case-insensitively (see flags)
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            mark = _re.escape(cls.delimiter)
            plain = cls.idpattern
            braced = cls.braceidpattern or plain
            source = (
                f'{mark}(?:'
                f'(?P<escaped>{mark})'
                f'|(?P<named>{plain})'
                f'|{{(?P<braced>{braced})}}'
                f'|(?P<invalid>)'
                ')'
            )
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _complain(self, match):
        pos = match.start('invalid')
        lines = self.template[:pos].splitlines(keepends=True)
        if lines:
            line = len(lines)
            col = pos - len(''.join(lines[:-1]))
        else:
            line = col = 1
        raise ValueError(
            f'Invalid placeholder in string: line {line}, col {col}')

    def _expand(self, lookup, safe):
        def replace(m):
            name = m.group('named') or m.group('braced')
            if name is not None:
                if not safe:
                    return str(lookup[name])
                try:
                    return str(lookup[name])
                except KeyError:
                    return m.group()
            if m.group('escaped') is not None:
                return self.delimiter
            if m.group('invalid') is not None:
                if safe:
                    return m.group()
                self._complain(m)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(replace, self.template)

    @staticmethod
    def _lookup(mapping, kws):
        if mapping is _NO_VALUE:
            return kws
        if kws:
            return _MergedMapping(kws, mapping)
        return mapping

    def substitute(self, mapping=_NO_VALUE, /, **kws):
        return self._expand(self._lookup(mapping, kws), False)

    def safe_substitute(self, mapping=_NO_VALUE, /, **kws):
        return self._expand(self._lookup(mapping, kws), True)

    def is_valid(self):
        for m in self.pattern.finditer(self.template):
            if m.group('invalid') is not None:
                return False
            if (m.group('named') is None and m.group('braced') is None
                    and m.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return True

    def get_identifiers(self):
        found = []
        for m in self.pattern.finditer(self.template):
            name = m.group('named') or m.group('braced')
            if name is not None:
                if name not in found:
                    found.append(name)
            elif (m.group('invalid') is None
                  and m.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return found


Template.__init_subclass__()


# ---------------------------------------------------------------------------
# Formatter: str.format's machinery, overridable piece by piece

def _parse_format(text):
    """Yield (literal, field_name, format_spec, conversion) tuples, the
    way str.format splits a format string."""
    n = len(text)
    pos = 0
    literal = []
    while pos < n:
        ch = text[pos]
        if ch not in '{}':
            literal.append(ch)
            pos += 1
            continue
        if pos + 1 < n and text[pos + 1] == ch:
            literal.append(ch)
            yield ''.join(literal), None, None, None
            literal = []
            pos += 2
            continue
        if ch == '}':
            raise ValueError("Single '}' encountered in format string")
        pos += 1
        if pos >= n:
            raise ValueError("Single '{' encountered in format string")
        # field name: up to '!', ':' or '}', brackets taken verbatim
        start = pos
        while True:
            if pos >= n:
                raise ValueError("expected '}' before end of string")
            ch = text[pos]
            if ch == '[':
                close = text.find(']', pos)
                if close < 0:
                    raise ValueError("expected '}' before end of string")
                pos = close + 1
                continue
            if ch == '{':
                raise ValueError("unexpected '{' in field name")
            if ch in '!:}':
                break
            pos += 1
        name = text[start:pos]
        conversion = None
        if ch == '!':
            pos += 1
            if pos >= n:
                raise ValueError(
                    "end of string while looking for conversion specifier")
            conversion = text[pos]
            pos += 1
            if pos >= n:
                raise ValueError("unmatched '{' in format spec")
            ch = text[pos]
            if ch not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if ch == ':':
            pos += 1
            start = pos
            depth = 1
            while True:
                if pos >= n:
                    raise ValueError("unmatched '{' in format spec")
                c = text[pos]
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
                pos += 1
            spec = text[start:pos]
        pos += 1
        yield ''.join(literal), name, spec, conversion
        literal = []
    if literal:
        yield ''.join(literal), None, None, None


def _as_index(text):
    return int(text) if text.isdigit() else text


def _split_field(name):
    """Split 'a.b[0]' into 'a' and an iterator of (is_attribute, key)."""
    cut = len(name)
    for mark in '.[':
        at = name.find(mark)
        if 0 <= at < cut:
            cut = at
    first = _as_index(name[:cut])

    def rest(pos):
        while pos < len(name):
            ch = name[pos]
            if ch == '.':
                end = pos + 1
                while end < len(name) and name[end] not in '.[':
                    end += 1
                attr = name[pos + 1:end]
                if not attr:
                    raise ValueError("Empty attribute in format string")
                yield True, attr
                pos = end
            elif ch == '[':
                end = name.find(']', pos)
                if end < 0:
                    raise ValueError("Missing ']' in format string")
                key = name[pos + 1:end]
                if not key:
                    raise ValueError("Empty attribute in format string")
                yield False, _as_index(key)
                pos = end + 1
                if pos < len(name) and name[pos] not in '.[':
                    raise ValueError("Only '.' or '[' may follow ']' in "
                                     "format field specifier")
            else:
                raise ValueError("Only '.' or '[' may follow ']' in "
                                 "format field specifier")
    return first, rest(cut)


class Formatter:
    """The machinery behind str.format, with hooks for each step."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                name = str(auto_arg_index)
                auto_arg_index += 1
            elif name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(
                spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        converters = {'s': str, 'r': repr, 'a': ascii}
        if conversion not in converters:
            raise ValueError(f"Unknown conversion specifier {conversion!s}")
        return converters[conversion](value)

    def parse(self, format_string):
        """Return (literal_text, field_name, format_spec, conversion)
        tuples; see str.format."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Return (object, key used) for a field name like 'a.b[0]'."""
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
