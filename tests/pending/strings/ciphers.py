# Caesar and Vigenere ciphers and run-length encoding implemented with string methods
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
def vigenere(s, key, sign=1):
    out, j = [], 0
    for ch in s:
        if ch.isalpha():
            shift = ord(key[j % len(key)].lower()) - 97
            out.append(caesar(ch, sign * shift))
            j += 1
        else:
            out.append(ch)
    return "".join(out)
def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
msg = "Attack at Dawn, Zebra!"
e = caesar(msg, 3)
print(e, caesar(e, -3))
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", -1))
for s in ("aaabccddddde", "abc", "", "zzzzzzzzzzzz"):
    r = rle(s)
    print(repr(s), r, unrle(r) == s)
