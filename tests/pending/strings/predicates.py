# is* predicates over ASCII, Unicode digits, whitespace, and identifiers
tests = ["abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", "   ", "\t\n", "", "Hello World",
         "hello world", "_id", "2bad", "café", "日本", "x y", "Ⅻ", "ǅ", "\u00a0", "class"]
print("string       alpha alnum digit decim numer space upper lower title ident print ascii")
for t in tests:
    flags = [t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(),
             t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii()]
    print(f"{t!r:12} " + " ".join(f"{'T' if f else '.':5}" for f in flags))
print("\x07".isprintable(), "\u200b".isprintable(), " ".isprintable())
