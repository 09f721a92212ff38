"""JSON parsing: a hand-written recursive-descent decoder."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_BLANKS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANT_VALUES = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}


class JSONDecodeError(ValueError):
    """A JSON document could not be parsed.

    msg: the bare message; doc: the text; pos: where it went wrong;
    lineno, colno: the line and column of pos."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


def _skip_blanks(text, i):
    n = len(text)
    while i < n and text[i] in _BLANKS:
        i += 1
    return i


class _Parser:
    """One parse of one document, holding the decoder's options."""

    def __init__(self, dec, text):
        self.text = text
        self.strict = dec.strict
        self.object_hook = dec.object_hook
        self.pairs_hook = dec.object_pairs_hook
        self.make_float = dec.parse_float
        self.make_int = dec.parse_int
        self.make_constant = dec.parse_constant

    def fail(self, msg, pos):
        raise JSONDecodeError(msg, self.text, pos)

    def value(self, i):
        """Parse the value starting exactly at i: (value, end)."""
        text = self.text
        if i >= len(text):
            self.fail("Expecting value", i)
        ch = text[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == '{':
            return self.obj(i + 1)
        if ch == '[':
            return self.array(i + 1)
        if ch == 'n' and text.startswith('null', i):
            return None, i + 4
        if ch == 't' and text.startswith('true', i):
            return True, i + 4
        if ch == 'f' and text.startswith('false', i):
            return False, i + 5
        if ch == 'N' and text.startswith('NaN', i):
            return self.make_constant('NaN'), i + 3
        if ch == 'I' and text.startswith('Infinity', i):
            return self.make_constant('Infinity'), i + 8
        if ch == '-' and text.startswith('-Infinity', i):
            return self.make_constant('-Infinity'), i + 9
        if ch == '-' or ch in _DIGITS:
            return self.number(i)
        self.fail("Expecting value", i)

    def number(self, start):
        text = self.text
        n = len(text)
        i = start + 1 if text[start] == '-' else start
        if i >= n or text[i] not in _DIGITS:
            self.fail("Expecting value", start)
        if text[i] == '0':
            i += 1
        else:
            while i < n and text[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and text[i] == '.' and text[i + 1] in _DIGITS:
            i += 2
            while i < n and text[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and text[i] in 'eE':
            j = i + 1
            if j < n and text[j] in '+-':
                j += 1
            if j < n and text[j] in _DIGITS:
                while j < n and text[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        literal = text[start:i]
        if is_float:
            return self.make_float(literal), i
        return self.make_int(literal), i

    def _hex4(self, i):
        """The code unit of the 4 hex digits at i, or an error naming i - 1."""
        digits = self.text[i:i + 4]
        if len(digits) != 4 or not all(c in _HEX for c in digits):
            self.fail("Invalid \\uXXXX escape", i - 1)
        return int(digits, 16)

    def string(self, i):
        """Parse a string whose opening quote is at i - 1."""
        text = self.text
        n = len(text)
        begin = i - 1
        parts = []
        while True:
            run = i
            while i < n:
                ch = text[i]
                if ch == '"' or ch == '\\' or ch < ' ':
                    break
                i += 1
            else:
                self.fail("Unterminated string starting at", begin)
            if run < i:
                parts.append(text[run:i])
            ch = text[i]
            if ch == '"':
                return ''.join(parts), i + 1
            if ch != '\\':
                if self.strict:
                    self.fail("Invalid control character at", i)
                parts.append(ch)
                i += 1
                continue
            if i + 1 >= n:
                self.fail("Unterminated string starting at", begin)
            code = text[i + 1]
            if code != 'u':
                plain = _SIMPLE_ESCAPES.get(code)
                if plain is None:
                    self.fail("Invalid \\escape", i)
                parts.append(plain)
                i += 2
                continue
            unit = self._hex4(i + 2)
            i += 6
            if 0xD800 <= unit <= 0xDBFF and text[i:i + 2] == '\\u':
                low = self._hex4(i + 2)
                if 0xDC00 <= low <= 0xDFFF:
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
            parts.append(chr(unit))

    def obj(self, i):
        """Parse an object whose '{' is at i - 1."""
        text = self.text
        pairs = []
        i = _skip_blanks(text, i)
        if text[i:i + 1] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if text[i:i + 1] != '"':
                self.fail("Expecting property name enclosed in double quotes", i)
            key, i = self.string(i + 1)
            i = _skip_blanks(text, i)
            if text[i:i + 1] != ':':
                self.fail("Expecting ':' delimiter", i)
            i = _skip_blanks(text, i + 1)
            item, i = self.value(i)
            pairs.append((key, item))
            i = _skip_blanks(text, i)
            mark = text[i:i + 1]
            if mark == '}':
                return self._finish_object(pairs), i + 1
            if mark != ',':
                self.fail("Expecting ',' delimiter", i)
            comma = i
            i = _skip_blanks(text, i + 1)
            if text[i:i + 1] == '}':
                self.fail("Illegal trailing comma before end of object", comma)

    def _finish_object(self, pairs):
        if self.pairs_hook is not None:
            return self.pairs_hook(pairs)
        made = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(made)
        return made

    def array(self, i):
        """Parse an array whose '[' is at i - 1."""
        text = self.text
        items = []
        i = _skip_blanks(text, i)
        if text[i:i + 1] == ']':
            return items, i + 1
        while True:
            item, i = self.value(i)
            items.append(item)
            i = _skip_blanks(text, i)
            mark = text[i:i + 1]
            if mark == ']':
                return items, i + 1
            if mark != ',':
                self.fail("Expecting ',' delimiter", i)
            comma = i
            i = _skip_blanks(text, i + 1)
            if text[i:i + 1] == ']':
                self.fail("Illegal trailing comma before end of array", comma)


class JSONDecoder(object):
    """Simple JSON decoder; see json.loads for the meaning of the options."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANT_VALUES.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s, _w=None):
        start = _skip_blanks(s, 0)
        obj, end = self.raw_decode(s, start)
        end = _skip_blanks(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if idx < 0:
            raise JSONDecodeError("Expecting value", s, idx)
        return _Parser(self, s).value(idx)

    def scan_once(self, s, idx):
        try:
            return _Parser(self, s).value(idx)
        except JSONDecodeError as exc:
            if exc.msg == "Expecting value" and exc.pos == idx:
                raise StopIteration(idx) from None
            raise
