# String operators: concatenation, repetition, membership, comparison, iteration, and errors
a, b = "abc", "xyz"
print(a + b, a * 3, 3 * a, a * 0, a * -2, "" * 100)
print("b" in a, "bc" in a, "" in a, "ac" in a, "x" not in a)
print(a < b, "abc" < "abd", "abc" < "abcd", "B" < "a", "" < "a", "é" > "z")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]), min("hello"), max("hello"))
print([c for c in "hey"], list(reversed("abc")), list(enumerate("ab")))
print(a == "abc", a is not None, a != "ABC", "abc".__eq__(1), "".join(sorted("cba")))
for bad in (lambda: "a" + 1, lambda: "a" * "b", lambda: 1 in "abc", lambda: "a" - "b", lambda: "a" < 1):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
