a = 'single' "double" 'it\'s' "say \"hi\""
b = r'raw\n' R"raw" u'unicode' U"unicode"
c = b'bytes' B"bytes" br'rb' Br"x" bR'x' BR"x" rb'x' rB"x" Rb'x' RB"x"
d = 'a' 'b' "c"
e = '\x00\t\u1234\N{BULLET}'
f = '' "" b''
g = 'emb"edded' "emb'edded" 'both\'"'
