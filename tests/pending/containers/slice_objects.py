# slice objects: attributes, indices(), use with sequences, and custom __getitem__
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None).indices(7), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
data = list(range(12))
print(data[s], data[slice(-4, None)], "abcdefgh"[slice(None, None, 3)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
class Show:
    def __getitem__(self, k): return k
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, ::-1], sh[...], sh[:, 0])
