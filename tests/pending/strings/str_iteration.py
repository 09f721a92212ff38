# Iterating strings: for loops, enumerate, zip, reversed, iter/next and membership over characters
s = "héllo"
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
it = iter(s)
print(next(it), next(it), list(it))
print(list(zip("abc", "12345")), list(reversed("xyz")), sorted("hello", reverse=True))
print({ch: s.count(ch) for ch in s}, set("aabbc") == {"a", "b", "c"})
vowels = sum(1 for ch in "programming language" if ch in "aeiou")
print(vowels, [ch for ch in "a1b2c3" if ch.isdigit()], "".join(map(str.upper, "map")))
print(dict(enumerate("ab")), tuple("tup"), list(map(ord, "AB")))
