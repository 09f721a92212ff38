# String literals: quotes, escapes, raw, triple-quoted, implicit concatenation
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple "double" """
print(a, b)
print(c)
print(d)
print('tab\there', 'nl\\n', "quote\"s", 'it\'s')
print(r'raw\n\t', R"raw2\x41")
print('\x41\u00e9\N{GREEK SMALL LETTER ALPHA}\U0001F600'.encode('utf-8'))
print("implicit" ' concat' """ triple""")
print(len('\0\a\b\f\v\r'), [ord(ch) for ch in '\0\a\b\f\v\r'])
print('\101\102\103')
print(repr('a\nb'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
s = ('line one '
     'line two')
print(s)
print("\\".join(["x", "y"]))
