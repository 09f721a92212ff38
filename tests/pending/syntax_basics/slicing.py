# Slicing with all combinations of start/stop/step, negative indices, and slice assignment
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3])
print(s[-3:], s[:-3], s[-5:-2], s[::-1], s[::-3], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], s[2:5:-1])
t = "abcdefghij"
print(t[::2], t[::-1], t[-1:-4:-1], t[3:3])
print(tuple(range(5))[1:4])
s[2:5] = ['a']
print(s)
s[:0] = [-1, -2]
print(s)
s[len(s):] = [99]
print(s)
s[::3] = [0] * len(s[::3])
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
r = list(range(6))
r[1:5] = []
print(r)
r[1:1] = 'xyz'
print(r)
print([1, 2, 3][None:None:None])
print("hello"[slice(1, None, 2)])
