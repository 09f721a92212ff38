# str.maketrans in its three forms and str.translate with deletion and None mappings
t1 = str.maketrans("abc", "xyz")
print("aabbcc abc".translate(t1), sorted(t1.items()))
t2 = str.maketrans("abc", "xyz", "d!")
print("abcd!dcba".translate(t2))
t3 = str.maketrans({"a": "4", "e": "3", "o": None, "l": "1"})
print("hello alone".translate(t3), sorted(t3.items()))
print("hello".translate({ord("l"): "LL", ord("h"): 72}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!".translate(rot13)
print(msg, msg.translate(rot13))
for bad in (lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": "x"}), lambda: str.maketrans(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print("café".translate({ord("é"): "e"}), "x".translate({}))
