# ord and chr over ranges; building strings from code points
print([ord(c) for c in "AZaz09 ~"])
print("".join(chr(c) for c in range(65, 91)), "".join(chr(c) for c in range(0x3b1, 0x3ca)))
print(repr(chr(0)), repr(chr(127)), repr(chr(160)), chr(8364), chr(0x1F40D))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "attack at dawn")
print(caesar)
print(sum(ord(c) for c in "checksum") % 256)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__)
