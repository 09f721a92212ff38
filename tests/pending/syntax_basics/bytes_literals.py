# Bytes literals: prefixes, escapes, raw bytes, repr forms
print(b'abc', B"xyz", br'\n', rb'\t', Rb'\\')
print(b'\x00\x7f\x80\xff')
print(list(b'\x01\x02 AZ'))
print(b'it\'s', b"say \"x\"")
print(b'con' b'cat')
print(len(b'\n\t\r'), b'\n\t\r')
print(repr(b"'"), repr(b'"'), repr(b'\'"'))
print(b'\101\102')
