# Program: tokenizer and recursive-descent calculator with variables, functions and error reporting
class CalcError(Exception):
    def __init__(self, msg, pos=None):
        self.pos = pos
        super().__init__(msg if pos is None else f"{msg} (at column {pos})")

class Token:
    __slots__ = ("kind", "value", "pos")
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"{self.kind}:{self.value!r}"

OPERATORS = {"+", "-", "*", "/", "%", "^", "(", ")", ",", "="}
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < len(src) and (src[i].isdigit() or (src[i] == "." and not seen_dot)):
                seen_dot = seen_dot or src[i] == "."
                i += 1
            text = src[start:i]
            tokens.append(Token("num", float(text) if "." in text else int(text), start + 1))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start + 1))
        elif src.startswith("**", i):
            tokens.append(Token("op", "^", i + 1))
            i += 2
        elif ch in OPERATORS:
            tokens.append(Token("op", ch, i + 1))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i + 1)
    tokens.append(Token("end", None, len(src) + 1))
    return tokens

def isqrt(n):
    if n < 0:
        raise CalcError("sqrt of negative number")
    x = n
    for _ in range(60):
        if x == 0:
            return 0
        x = (x + n / x) / 2
    return x

FUNCTIONS = {
    "abs": (1, abs),
    "max": (-1, max),
    "min": (-1, min),
    "sqrt": (1, isqrt),
    "hyp": (2, lambda a, b: isqrt(a * a + b * b)),
}

class Parser:
    # expr   := term (('+'|'-') term)*
    # term   := unary (('*'|'/'|'%') unary)*
    # unary  := '-' unary | power
    # power  := atom ('^' unary)?
    # atom   := num | name | name '(' args ')' | '(' expr ')'
    def __init__(self, tokens, env):
        self.toks = tokens
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def take(self, kind=None, value=None):
        t = self.toks[self.i]
        if (kind and t.kind != kind) or (value is not None and t.value != value):
            want = value if value is not None else kind
            got = "end of input" if t.kind == "end" else repr(t.value)
            raise CalcError(f"expected {want!r} but found {got}", t.pos)
        self.i += 1
        return t
    def statement(self):
        if self.peek().kind == "name" and self.toks[self.i + 1].value == "=":
            name = self.take("name").value
            self.take("op", "=")
            value = self.expr()
            self.take("end")
            self.env[name] = value
            return name, value
        value = self.expr()
        self.take("end")
        self.env["_"] = value
        return None, value
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-") and self.peek().kind == "op":
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.unary()
        while self.peek().kind == "op" and self.peek().value in ("*", "/", "%"):
            t = self.take()
            r = self.unary()
            if t.value == "*":
                v = v * r
            else:
                if r == 0:
                    raise CalcError("division by zero", t.pos)
                if t.value == "%":
                    v = v % r
                elif isinstance(v, int) and isinstance(r, int) and v % r == 0:
                    v = v // r
                else:
                    v = v / r
        return v
    def unary(self):
        if self.peek().kind == "op" and self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().kind == "op" and self.peek().value == "^":
            self.take()
            exp = self.unary()
            if isinstance(exp, int) and exp > 10000:
                raise CalcError("exponent too large")
            return base ** exp
        return base
    def atom(self):
        t = self.peek()
        if t.kind == "num":
            return self.take().value
        if t.kind == "name":
            self.take()
            if self.peek().value == "(" and self.peek().kind == "op":
                return self.call(t)
            if t.value not in self.env:
                raise CalcError(f"undefined variable {t.value!r}", t.pos)
            return self.env[t.value]
        if t.kind == "op" and t.value == "(":
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        got = "end of input" if t.kind == "end" else repr(t.value)
        raise CalcError(f"unexpected {got}", t.pos)
    def call(self, name_tok):
        if name_tok.value not in FUNCTIONS:
            raise CalcError(f"unknown function {name_tok.value!r}", name_tok.pos)
        arity, fn = FUNCTIONS[name_tok.value]
        self.take("op", "(")
        args = []
        if not (self.peek().kind == "op" and self.peek().value == ")"):
            args.append(self.expr())
            while self.peek().kind == "op" and self.peek().value == ",":
                self.take()
                args.append(self.expr())
        self.take("op", ")")
        if arity >= 0 and len(args) != arity:
            raise CalcError(f"{name_tok.value}() takes {arity} argument(s), got {len(args)}", name_tok.pos)
        if arity < 0 and not args:
            raise CalcError(f"{name_tok.value}() needs at least one argument", name_tok.pos)
        return fn(*args)

def run(lines):
    env = {"pi": 3.141592653589793}
    for line in lines:
        try:
            toks = tokenize(line)
            name, value = Parser(toks, env).statement()
            if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
                shown = f"{value:.1f}"
            elif isinstance(value, float):
                shown = f"{value:.6g}"
            else:
                shown = str(value)
            print(f"{line:<28} => {name + ' = ' if name else ''}{shown}")
        except CalcError as e:
            print(f"{line:<28} => error: {e}")
    return env

print(tokenize("x1 = 3.5 * (y + 2) ** 2"))
env = run([
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "2 ** -1",
    "7 / 2",
    "8 / 2",
    "7 % 3",
    "-7 % 3",
    "x = 10",
    "y = x * 2 + 1",
    "x * y - _",
    "hyp(3, 4)",
    "max(1, x, y, 7)",
    "min(abs(-5), 3)",
    "sqrt(2) * sqrt(2)",
    "r = 2.5",
    "pi * r ^ 2",
    "2 ^ 100",
    "1 / 0",
    "5 % (3 - 3)",
    "3 + ",
    "(1 + 2",
    "foo + 1",
    "bar(1)",
    "hyp(1)",
    "max()",
    "4 $ 4",
    "1 2",
    ".5 + 1.25",
    "2 ^ 100000",
])
print(sorted((k, v) for k, v in env.items() if k != "pi"))
