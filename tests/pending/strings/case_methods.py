# upper/lower/casefold/title/capitalize/swapcase with ASCII and non-ASCII text
samples = ["hello World", "ÄÖÜ äöü ß", "straße", "ǅungla", "ΣΊΣΥΦΟΣ", "i̇stanbul", "they're bill's friends", "ﬁne", "ŉ"]
for s in samples:
    print(s, "|", s.upper(), "|", s.lower(), "|", s.casefold(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "İ".lower(), len("İ".lower()))
print("ΌΣΟΣ".lower(), "ΑΣ ΑΣ".lower(), "Σ".lower())
print("hello".casefold() == "HELLO".casefold(), "straße".casefold() == "STRASSE".casefold())
print("123abc".title(), "a1b2 c3".title(), "HELLO".capitalize(), "".upper())
