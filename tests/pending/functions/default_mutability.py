# Mutable default arguments are shared across calls; idioms to avoid sharing
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to.__defaults__)
def with_dict(k, v, d={}):
    d[k] = v
    return d
with_dict('x', 1)
print(with_dict('y', 2))
def safe(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket
print(safe(1), safe(2))
append_to.__defaults__[0].clear()
print(append_to(3))
def counter(_state={'n': 0}):
    _state['n'] += 1
    return _state['n']
print(counter(), counter(), counter())
def tup(t=(1, 2)):
    t += (3,)
    return t
print(tup(), tup())
