# list.sort/sorted stability with key and reverse; multi-key sorting via successive stable sorts
people = [("ann", 30, "nyc"), ("bob", 25, "sf"), ("cid", 30, "la"), ("dee", 25, "nyc"), ("eve", 35, "sf"), ("fay", 30, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
s = sorted(people, key=lambda p: p[0], reverse=True)
s.sort(key=lambda p: p[2])
print(s)
by_two = sorted(people, key=lambda p: (p[2], -p[1]))
print(by_two)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda x: x[0]), sorted(pairs, key=lambda x: x[0], reverse=True))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
data = [3, 1, 2]
data.sort(key=lambda x: -x)
print(data, sorted("hello"), sorted({3: "a", 1: "b"}), sorted((5, 2, 9), reverse=True))
keys_called = []
def k(x):
    keys_called.append(x)
    return x % 3
print(sorted([5, 4, 3, 2, 1], key=k), keys_called)
try:
    sorted([1, 2], key=lambda x: None if x == 1 else 2)
except TypeError as e:
    print(type(e).__name__, e)
