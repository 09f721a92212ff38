# Functions vs generator functions: return values, early return, local state
def regular():
    return [1, 2, 3]
def gen():
    yield 1
    yield 2
    return 3
print(regular(), type(gen()).__name__, list(gen()))
def early(n):
    if n < 0:
        return "negative"
    result = []
    for i in range(n):
        if i > 3:
            return result
        result.append(i)
    return result
print(early(-1), early(2), early(10))
def no_return():
    x = 1
print(no_return())
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, type(multi()).__name__)
