# Building larger strings: repetition, join of many parts, and checking structure of the result
line = "-" * 40
print(line, len(line))
grid = "\n".join("".join("#" if (r + c) % 2 else "." for c in range(8)) for r in range(4))
print(grid)
big = "ab" * 50000
print(len(big), big.count("ab"), big[:6], big[-6:], big.find("ba"), big.rfind("ab"))
parts = [str(i) for i in range(1000)]
joined = ",".join(parts)
print(len(joined), joined[:20], joined[-15:], joined.count(","))
print(len(joined.split(",")), sum(map(int, joined.split(","))))
