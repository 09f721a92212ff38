# Program: a small regex-free template engine with variables, filters, conditionals, loops and escaping
class TemplateError(Exception):
    pass

def html_escape(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))

FILTERS = {
    "upper": lambda v: str(v).upper(),
    "lower": lambda v: str(v).lower(),
    "title": lambda v: str(v).title(),
    "length": lambda v: len(v),
    "reverse": lambda v: v[::-1],
    "join": lambda v, sep=", ": sep.join(str(x) for x in v),
    "default": lambda v, d="": d if v in (None, "", []) else v,
    "money": lambda v: f"${v:,.2f}",
    "first": lambda v: v[0],
    "truncate": lambda v, n="10": str(v) if len(str(v)) <= int(n) else str(v)[:int(n)] + "...",
    "safe": lambda v: SafeStr(v),
}

class SafeStr(str):
    pass

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        start = src.find("{", i)
        if start == -1 or start + 1 >= len(src):
            tokens.append(("text", src[i:]))
            break
        kind = src[start + 1]
        if kind not in "{%#":
            tokens.append(("text", src[i:start + 1]))
            i = start + 1
            continue
        if start > i:
            tokens.append(("text", src[i:start]))
        close = {"{": "}}", "%": "%}", "#": "#}"}[kind]
        end = src.find(close, start + 2)
        if end == -1:
            raise TemplateError(f"unclosed tag starting at {start}")
        body = src[start + 2:end].strip()
        if kind == "{":
            tokens.append(("var", body))
        elif kind == "%":
            tokens.append(("tag", body))
        i = end + 2
    return tokens

def lookup(ctx, expr):
    expr = expr.strip()
    if expr.startswith(("'", '"')) and expr.endswith(expr[0]) and len(expr) >= 2:
        return expr[1:-1]
    if expr.lstrip("-").isdigit():
        return int(expr)
    parts = expr.split(".")
    if parts[0] not in ctx:
        raise TemplateError(f"undefined variable {parts[0]!r}")
    value = ctx[parts[0]]
    for p in parts[1:]:
        if isinstance(value, dict):
            if p not in value:
                raise TemplateError(f"{expr!r}: no key {p!r}")
            value = value[p]
        elif isinstance(value, (list, tuple)) and p.isdigit():
            value = value[int(p)]
        else:
            try:
                value = getattr(value, p)
            except AttributeError:
                raise TemplateError(f"{expr!r}: no attribute {p!r}") from None
    return value

def evaluate(ctx, expr):
    pieces = [p.strip() for p in expr.split("|")]
    value = lookup(ctx, pieces[0])
    for f in pieces[1:]:
        name, _, arg = f.partition(":")
        if name not in FILTERS:
            raise TemplateError(f"unknown filter {name!r}")
        args = [lookup(ctx, arg)] if arg else []
        value = FILTERS[name](value, *args)
    return value

def condition(ctx, expr):
    words = expr.split()
    if words[0] == "not":
        return not condition(ctx, " ".join(words[1:]))
    for op in ("==", "!=", ">=", "<=", ">", "<"):
        if op in words:
            i = words.index(op)
            left = evaluate(ctx, " ".join(words[:i]))
            right = evaluate(ctx, " ".join(words[i + 1:]))
            return {"==": left == right, "!=": left != right, ">=": left >= right,
                    "<=": left <= right, ">": left > right, "<": left < right}[op]
    return bool(evaluate(ctx, expr))

def parse(tokens, i=0, until=()):
    nodes = []
    while i < len(tokens):
        kind, body = tokens[i]
        if kind == "tag":
            word = body.split()[0]
            if word in until:
                return nodes, i
            if word == "if":
                branches, i = [], i
                cond = body[3:]
                while True:
                    block, i = parse(tokens, i + 1, ("elif", "else", "endif"))
                    branches.append((cond, block))
                    if i >= len(tokens):
                        raise TemplateError("missing endif")
                    tag = tokens[i][1]
                    if tag.startswith("elif"):
                        cond = tag[5:]
                    elif tag == "else":
                        cond = None
                    else:
                        break
                nodes.append(("if", branches))
            elif word == "for":
                _, var, kw, *rest = body.split()
                if kw != "in":
                    raise TemplateError("malformed for tag: " + body)
                block, i = parse(tokens, i + 1, ("endfor",))
                if i >= len(tokens):
                    raise TemplateError("missing endfor")
                nodes.append(("for", var, " ".join(rest), block))
            else:
                raise TemplateError(f"unknown tag {word!r}")
        else:
            nodes.append((kind, body))
        i += 1
    if until:
        raise TemplateError(f"missing {'/'.join(until)}")
    return nodes, i

def render_nodes(nodes, ctx, out):
    for node in nodes:
        kind = node[0]
        if kind == "text":
            out.append(node[1])
        elif kind == "var":
            v = evaluate(ctx, node[1])
            out.append(v if isinstance(v, SafeStr) else html_escape(v))
        elif kind == "if":
            for cond, block in node[1]:
                if cond is None or condition(ctx, cond):
                    render_nodes(block, ctx, out)
                    break
        elif kind == "for":
            _, var, expr, block = node
            items = list(evaluate(ctx, expr))
            for idx, item in enumerate(items):
                loop = {"index": idx + 1, "first": idx == 0, "last": idx == len(items) - 1, "length": len(items)}
                render_nodes(block, {**ctx, var: item, "loop": loop}, out)

def render(src, **ctx):
    nodes, _ = parse(tokenize(src))
    out = []
    render_nodes(nodes, ctx, out)
    return "".join(out)

page = """<h1>{{ title | upper }}</h1>
{# comments vanish #}<p>Hello {{ user.name | title }}{% if user.admin %} (admin){% endif %}!</p>
{% if items %}<ul>
{% for item in items %}  <li class="{% if loop.first %}first{% elif loop.last %}last{% else %}mid{% endif %}">{{ loop.index }}/{{ loop.length }} {{ item.name | truncate:'12' }}: {{ item.price | money }}{% if item.price > 100 %} [premium]{% endif %}</li>
{% endfor %}</ul>{% else %}<p>No items.</p>{% endif %}
<p>Tags: {{ tags | join:' / ' }} ({{ tags | length }}) first={{ tags | first | reverse }}</p>
<p>Note: {{ note | default:'none given' }} | raw: {{ raw | safe }} | escaped: {{ raw }}</p>"""
ctx = {
    "title": "Order summary",
    "user": {"name": "ada lovelace", "admin": True},
    "items": [{"name": "Analytical Engine", "price": 1234.5}, {"name": "punch cards", "price": 9.99},
              {"name": "brass gears", "price": 150}],
    "tags": ["math", "history", "computing"],
    "note": "",
    "raw": "<b>bold & 'quoted'</b>",
}
print(render(page, **ctx))
print("---")
print(render(page, **{**ctx, "items": [], "user": {"name": "guest", "admin": False}, "note": "thanks"}))
print("---")
print(render("{% for row in grid %}{% for c in row %}{{ c }}{% if not loop.last %},{% endif %}{% endfor %};{% endfor %}",
             grid=[[1, 2, 3], [4, 5], [6]]))
print(render("{{ a.0 }}-{{ a.2 }} {{ 'literal' | upper }} {{ 42 }} {x} { y }", a=["p", "q", "r"]))
for bad in ["{{ missing }}", "{% if x %}never closed", "{% for x of y %}{% endfor %}", "{{ v | nofilter }}",
            "{% bogus %}", "{{ unclosed", "{{ d.k }}", "{% endfor %}"]:
    try:
        print(repr(render(bad, x=1, y=[], v=1, d={})))
    except TemplateError as e:
        print(f"{bad!r:34} -> TemplateError: {e}")
