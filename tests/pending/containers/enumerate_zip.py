# enumerate with start, zip truncation, zip(strict=True) errors, unzipping with zip(*)
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)), list(enumerate("xy", -1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10), "abcd")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(zip([1, 2], [3, 4], strict=True)))
for args in (([1, 2, 3], [1, 2]), ([1], [1, 2]), ([1, 2], [1, 2], [1])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
e = enumerate("ab")
print(next(e), next(e), next(e, "done"))
print(dict(zip("abc", range(3))), list(zip(*zip("ab", "cd"))))
