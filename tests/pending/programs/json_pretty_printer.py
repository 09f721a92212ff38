# Program: a hand-written JSON-like serializer, pretty printer and parser with round-trip checks
class JSONError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}

def encode_str(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)

def dumps(obj, indent=None, sort_keys=False, _level=0):
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [dumps(v, indent, sort_keys, _level + 1) for v in obj]
        if indent is None:
            return "[" + ", ".join(items) + "]"
        pad = " " * (indent * (_level + 1))
        return "[\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (indent * _level) + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
        items = [encode_str(k) + ": " + dumps(obj[k], indent, sort_keys, _level + 1) for k in keys]
        if indent is None:
            return "{" + ", ".join(items) + "}"
        pad = " " * (indent * (_level + 1))
        return "{\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (indent * _level) + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")

class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
    def error(self, msg):
        raise JSONError(msg, self.pos)
    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\n\r":
            self.pos += 1
    def peek(self):
        self.ws()
        return self.text[self.pos] if self.pos < len(self.text) else ""
    def expect(self, ch):
        if self.peek() != ch:
            self.error(f"expected {ch!r}, found {self.peek()!r}")
        self.pos += 1
    def parse(self):
        v = self.value()
        if self.peek():
            self.error("trailing data")
        return v
    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error("unexpected character " + repr(ch))
    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            if self.peek() != '"':
                self.error("expected string key")
            k = self.string()
            self.expect(":")
            out[k] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return out
    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return out
    def string(self):
        self.expect('"')
        out = []
        rev = {v[1]: k for k, v in ESCAPES.items()}
        while True:
            if self.pos >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos]
                self.pos += 1
                if esc == "u":
                    out.append(chr(int(self.text[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                elif esc in rev:
                    out.append(rev[esc])
                else:
                    self.error("bad escape " + repr(esc))
            else:
                out.append(ch)
    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] in ".eE+-"):
            self.pos += 1
        tok = self.text[start:self.pos]
        try:
            return float(tok) if any(c in tok for c in ".eE") else int(tok)
        except ValueError:
            self.pos = start
            self.error("bad number " + repr(tok))

def loads(text):
    return Parser(text).parse()

doc = {
    "name": "ftpy",
    "version": [0, 1, 0],
    "ratio": 0.125,
    "big": 2 ** 70,
    "tags": ["interpreter", "C", "tests"],
    "nested": {"empty_list": [], "empty_obj": {}, "flags": [True, False, None]},
    "text": "line1\nline2\t\"quoted\" \\ back \u00e9 \x01",
    "records": [{"id": i, "sq": i * i, "neg": -i / 4} for i in range(3)],
}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2, sort_keys=True)
print(pretty)
back = loads(pretty)
print("round trip equal:", back == doc)
print("compact round trip:", loads(compact) == doc)
print(dumps(loads('  {"a" : [1, 2.5e3, -0.5, "x\\u0041y"], "b": {"c": null}}  ')))
for bad in ['{"a" 1}', "[1, 2", '{"k": tru}', '"open', "[1,]", "{1: 2}", "[1] x", '"\\q"', "-"]:
    try:
        loads(bad)
    except JSONError as e:
        print(f"{bad!r:14} -> {e}")
for bad in [{1: "x"}, [float("nan")], {"s": {1, 2}}]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
