# Palindrome and anagram checks with normalisation via str methods
def is_pal(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]
for s in ("A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "", "ab"):
    print(repr(s), is_pal(s))
def signature(w):
    return "".join(sorted(w.lower()))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(signature(w), []).append(w)
for sig in sorted(groups):
    print(sig, groups[sig])
def longest_pal_sub(s):
    best = ""
    for c in range(len(s)):
        for lo, hi in ((c, c), (c, c + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
print(longest_pal_sub("forgeeksskeegfor"), longest_pal_sub("abacdfgdcaba"), longest_pal_sub("x"))
