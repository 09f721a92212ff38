# Generator-based state machine driven by send(): a tokenizer for digits and words
def tokenizer():
    tokens = []
    current = ""
    kind = None
    while True:
        ch = yield tokens
        tokens = []
        if ch is None:
            if current:
                tokens.append((kind, current))
            return tokens
        new_kind = "num" if ch.isdigit() else "word" if ch.isalpha() else "sep"
        if new_kind != kind and current:
            tokens.append((kind, current))
            current = ""
        if new_kind == "sep":
            kind = None
            continue
        kind = new_kind
        current += ch
t = tokenizer()
next(t)
out = []
for ch in "abc 123xy,7":
    out.extend(t.send(ch))
try:
    t.send(None)
except StopIteration as e:
    out.extend(e.value)
print(out)
def averager_with_report():
    values = []
    while True:
        v = yield
        if v == "report":
            break
        values.append(v)
    return min(values), max(values), sum(values) / len(values)
def delegator(results):
    while True:
        result = yield from averager_with_report()
        results.append(result)
results = []
d = delegator(results)
next(d)
for batch in ([1, 2, 3], [10, 30]):
    for v in batch:
        d.send(v)
    d.send("report")
print(results)
