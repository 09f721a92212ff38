# Uncaught exception raised inside a generator while consumed by a for loop
def parse_numbers(words):
    for w in words:
        yield int(w)
total = 0
for n in parse_numbers(["10", "20", "x30"]):
    total += n
    print("running total", total)
