# None/True/False/Ellipsis, container literals, complex literal
print(None, True, False, ..., Ellipsis is ...)
print([1, 2, 3], (1,), (), [], {}, {1, 2}, {'a': 1})
print(type(()).__name__, type(set()).__name__, type({}).__name__)
print((1, 2,), [1, 2,], {'k': 'v',})
print(3j, 1+2j, 2.5j, 1e2j)
print(type(...).__name__, type(None).__name__, type(True).__name__)
x = 1,
print(x, type(x).__name__)
print({1: 'a', 1.0: 'b', True: 'c'})
print({'a': 1, 'a': 2})
print([[]] * 3, [(), ()])
