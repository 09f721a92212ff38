# A hand-written word wrapper and justifier using split/join/ljust
TEXT = ("Python strings are immutable sequences of Unicode code points. Methods such as split, "
        "join and ljust make text layout straightforward to implement by hand.")
def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]
for width in (30, 45):
    print("+" + "-" * width + "+")
    lines = wrap(TEXT, width)
    for i, ws in enumerate(lines):
        body = " ".join(ws).ljust(width) if i == len(lines) - 1 else justify(ws, width)
        print("|" + body + "|")
    print("+" + "-" * width + "+")
