# partition/rpartition and replace with counts
s = "key=value=more"
print(s.partition("="), s.rpartition("="), s.partition("#"), s.rpartition("#"))
print("no sep".partition(" "), "".partition("x"))
try:
    s.partition("")
except ValueError as e:
    print(type(e).__name__, e)
t = "one fish two fish red fish"
print(t.replace("fish", "cat"), t.replace("fish", "cat", 1), t.replace("fish", "cat", 0), t.replace("fish", "cat", -1))
print("aaa".replace("a", "aa"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", ""), "mississippi".replace("ss", "SS"), "ab".replace("ab", "ab" * 3))
