# List/tuple comparisons are lexicographic; equality across types; nested comparisons
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2], [1] == [1.0])
print((1, 2) < (1, 2, 3), (2,) > (1, 5), (1, "a") < (1, "b"), () == (), (1,) == [1])
print([[1, 2], [1]] < [[1, 2], [2]], [(1, 2)] == [(1, 2)], max([[1, 2], [1, 3], [0, 9]]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] < [2, 2], [1, 2] != [1, 2.0], (1, [2]) == (1, [2]))
print(sorted([[3], [1, 2], [1], [], [2, 0]]), sorted([(2, "b"), (1, "z"), (2, "a")]))
