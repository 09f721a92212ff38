# Errors and edge cases with ** unpacking and keyword arguments
def f(**kw):
    return sorted(kw.items())
print(f(**{'a': 1}, **{'b': 2}))
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(**{1: 'x'})
except TypeError as e:
    print(type(e).__name__)
def g(a, b):
    return a - b
print(g(**{'b': 1, 'a': 10}))
try:
    g(**{'a': 1, 'b': 2, 'qqq': 3})
except TypeError as e:
    print(e)
try:
    g(1, **{'a': 2})
except TypeError as e:
    print(e)
class Mapping:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))
print(dict(**{'x': 1}, y=2))
