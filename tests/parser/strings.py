'a'
"a"
'''a
b'''
"""x"""
'it\'s'
"it's"
'say "hi"'
'both \' and "'
'\n\t\r\\\a\b\f\v\0'
'\x41\101\u00e9\U0001F600'
'\N{LATIN SMALL LETTER E WITH ACUTE}\N{EM SPACE}\N{BEL}\N{latin capital letter a}'
'\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{NO-BREAK SPACE}'
'\ud800 \udfff'
'\q \d'
r'\n\t\x'
R'raw\'q'
b'bytes'
b'\x00\xff\n\'"'
rb'\x00'
Br'a\b'
u'unicode'
'a' 'b' "c"
'a' \
  'b'
b'a' b'b'
'é ü 日本 😀'
'\x7f\x80\xa0\xad'
'\u200b\u2028\ufeff'
'\U000e0001'
'line\
cont'
''
b''
'"'
"'"
'\''
'\\'
