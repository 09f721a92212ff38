# Generators combined with iter(callable, sentinel) and next() defaults to drive parsing of a token stream
def tokens(text):
    for word in text.split():
        yield word
def parse_blocks(text):
    it = tokens(text)
    blocks = []
    for tok in it:
        if tok == "BEGIN":
            body = list(iter(lambda: next(it, "END"), "END"))
            blocks.append(body)
    return blocks
print(parse_blocks("x BEGIN a b c END y BEGIN END BEGIN z"))
def chunks_of(it, n):
    it = iter(it)
    return iter(lambda: [x for _, x in zip(range(n), it)], [])
print(list(chunks_of(range(10), 4)))
print(list(chunks_of("", 3)))
