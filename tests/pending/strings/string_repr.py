# repr of strings: quote selection, escapes, control characters, non-printable Unicode
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "back\\slash", "\x00\x1f\x7f",
           "\x80\x9f\xa0\xad", "é", "\u200b", "\u2028", "\ud800", "\U0001F600", "\r", "\x0b\x0c", "bell\a"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(str("x"), repr(repr("x")), eval(repr("mixed '\"\n")) == "mixed '\"\n")
