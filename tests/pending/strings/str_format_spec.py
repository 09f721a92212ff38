# Format specs applied to strings: alignment, fill, truncation, and invalid types
for spec in ("", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "-<6", "0>5"):
    print(repr(spec), repr(format("hello", spec)))
print(f"[{'a':^4}] [{'ab':^5}] [{'':>3}] [{'longer than width':^5}]")
for bad in ("d", "=10", "+", ",", "x"):
    try:
        format("s", bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.125)]
print(f"{'name':<8}|{'qty':>5}|{'price':>8}")
for n, q, p in rows:
    print(f"{n:<8}|{q:>5}|{p:>8.3f}")
