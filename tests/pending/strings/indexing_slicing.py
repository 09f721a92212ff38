# String indexing and slicing with positive/negative indexes and steps, over non-ASCII text
s = "Hello, 世界! 🙂 Γειά"
print(len(s), s[0], s[-1], s[7], s[7:9], s[-4:], s[::-1])
print(s[::2], s[1::3], s[-1:-6:-1], s[100:], s[:-100], s[3:3])
for i in range(-3, 3):
    print(i, repr(s[i]))
try:
    s[len(s)]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
print("".join(s[i] for i in range(0, len(s), 4)))
