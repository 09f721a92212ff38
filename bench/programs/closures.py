# closures and exceptions: a tiny expression language -- tokenized, parsed by
# recursive descent into a tree of closures, then evaluated many times over
# varying environments, with errors raised and caught as exceptions.
# Argument: evaluation rounds (default 13000; "small" = 150).
import sys


class CalcError(Exception):
    """Any error of the little language; carries the offending position."""

    def __init__(self, message, pos=-1):
        super().__init__(message)
        self.pos = pos


class UnknownName(CalcError):
    pass


class EvalError(CalcError):
    pass


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j]), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("kw" if word in ("if", "then", "else", "let", "in") else "name",
                           word, i))
            i = j
        elif src.startswith(("<=", ">=", "==", "!="), i):
            tokens.append(("op", src[i:i + 2], i))
            i += 2
        elif ch in "+-*/%()<>=,":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(("end", None, len(src)))
    return tokens


BINARY = {
    "+": (1, lambda a, b: a + b),
    "-": (1, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, None),
    "%": (2, None),
    "<": (0, lambda a, b: int(a < b)),
    ">": (0, lambda a, b: int(a > b)),
    "<=": (0, lambda a, b: int(a <= b)),
    ">=": (0, lambda a, b: int(a >= b)),
    "==": (0, lambda a, b: int(a == b)),
    "!=": (0, lambda a, b: int(a != b)),
}


def divide(kind, pos):
    def op(a, b):
        if b == 0:
            raise EvalError("division by zero", pos)
        return a // b if kind == "/" else a % b
    return op


class Parser:
    """Compiles source text to a function env -> int, built from closures."""

    def __init__(self, src, functions):
        self.tokens = tokenize(src)
        self.at = 0
        self.functions = functions

    def peek(self):
        return self.tokens[self.at]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.at]
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            found = "end of input" if tok[0] == "end" else repr(tok[1])
            raise CalcError(f"expected {value or kind}, found {found}", tok[2])
        self.at += 1
        return tok

    def compile(self):
        fn = self.expression()
        self.take("end")
        return fn

    def expression(self):
        tok = self.peek()
        if tok[:2] == ("kw", "if"):
            self.take()
            cond = self.expression()
            self.take("kw", "then")
            yes = self.expression()
            self.take("kw", "else")
            no = self.expression()
            return lambda env: yes(env) if cond(env) else no(env)
        if tok[:2] == ("kw", "let"):
            self.take()
            name = self.take("name")[1]
            self.take("op", "=")
            value = self.expression()
            self.take("kw", "in")
            body = self.expression()

            def let(env):
                inner = dict(env)
                inner[name] = value(env)
                return body(inner)
            return let
        return self.binary(0)

    def binary(self, level):
        if level > 2:
            return self.unary()
        left = self.binary(level + 1)
        while True:
            tok = self.peek()
            entry = BINARY.get(tok[1]) if tok[0] == "op" else None
            if entry is None or entry[0] != level:
                return left
            self.take()
            right = self.binary(level + 1)
            op = entry[1] or divide(tok[1], tok[2])
            left = (lambda op, l, r: lambda env: op(l(env), r(env)))(op, left, right)

    def unary(self):
        tok = self.peek()
        if tok[:2] == ("op", "-"):
            self.take()
            operand = self.unary()
            return lambda env: -operand(env)
        return self.atom()

    def atom(self):
        tok = self.take()
        kind, value, pos = tok
        if kind == "num":
            return lambda env: value
        if kind == "op" and value == "(":
            inner = self.expression()
            self.take("op", ")")
            return inner
        if kind == "name":
            if self.peek()[:2] == ("op", "("):
                return self.call(value, pos)

            def lookup(env):
                try:
                    return env[value]
                except KeyError:
                    raise UnknownName(f"unknown name {value!r}", pos) from None
            return lookup
        raise CalcError(f"unexpected {value!r}", pos)

    def call(self, name, pos):
        self.take("op", "(")
        args = []
        if self.peek()[:2] != ("op", ")"):
            args.append(self.expression())
            while self.peek()[:2] == ("op", ","):
                self.take()
                args.append(self.expression())
        self.take("op", ")")
        functions = self.functions

        def invoke(env):
            fn = functions.get(name)
            if fn is None:
                raise UnknownName(f"unknown function {name!r}", pos)
            return fn(*[a(env) for a in args])
        return invoke


def make_functions():
    functions = {}

    def define(name, src, params):
        body = Parser(src, functions).compile()

        def fn(*args):
            if len(args) != len(params):
                raise EvalError(f"{name} takes {len(params)} arguments", -1)
            return body(dict(zip(params, args)))
        functions[name] = fn

    define("fib", "if n < 2 then n else fib(n - 1) + fib(n - 2)", ["n"])
    define("gcd", "if b == 0 then a else gcd(b, a % b)", ["a", "b"])
    define("pow", "if e == 0 then 1 else let h = pow(b, e / 2) in "
                  "if e % 2 == 0 then h * h else h * h * b", ["b", "e"])
    define("clamp", "if x < lo then lo else if x > hi then hi else x", ["x", "lo", "hi"])
    functions["max"] = lambda *xs: max(xs)
    return functions


PROGRAMS = [
    "1 + 2 * 3 - 4 / 2",
    "let a = x * x in let b = a + y in b * b % 1000003",
    "fib(x % 12)",
    "gcd(x * 7 + 3, y * 5 + 1) + clamp(x - y, -10, 10)",
    "pow(3, x % 40) % 1000000007",
    "if x % 3 == 0 then 100 / (y % 4) else max(x, y, 17)",
    "x + missing",
    "nope(1)",
    "fib(1, 2)",
    "(x + 1",
    "x $ 2",
]


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    rounds = 150 if arg == "small" else int(arg) if arg else 13000
    functions = make_functions()
    compiled = []
    errors = {}
    for src in PROGRAMS:
        try:
            compiled.append((src, Parser(src, functions).compile()))
        except CalcError as e:
            print(f"compile error in {src!r} at {e.pos}: {e}")
    totals = [0] * len(compiled)
    for r in range(rounds):
        env = {"x": r, "y": (r * 37) % 101}
        for i, (src, fn) in enumerate(compiled):
            try:
                totals[i] += fn(env)
            except UnknownName as e:
                errors["name: " + str(e)] = errors.get("name: " + str(e), 0) + 1
            except EvalError as e:
                key = f"eval: {e} at {e.pos}"
                errors[key] = errors.get(key, 0) + 1
    for (src, _), total in zip(compiled, totals):
        print(f"{src:<52} -> {total}")
    for key in sorted(errors):
        print(f"{errors[key]:6d} x {key}")


main()
