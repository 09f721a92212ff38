# fnmatch: fnmatch, fnmatchcase, filter, translate
import fnmatch
names = ['a.py', 'b.txt', 'test_x.py', '.hidden.py', 'A.PY', 'data1.csv', 'data22.csv', 'x[1].py', 'sub/dir.py', 'caf\u00e9.py']
for pat in ['*.py', '?.py', 'data?.csv', 'data*.csv', '[ab].*', '[!ab]*', '*[0-9].csv', 'x[[]1].py', '*', '[a-c-]*', '[]]', '[!]]x', 'sub*py', '*.[Pp][Yy]', '[z-a]*', '[!]', '**.py']:
    print(pat, fnmatch.filter(names, pat), fnmatch.translate(pat))
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatchcase('a.py', '*.py'))
print(fnmatch.fnmatch(b'bytes.py', b'*.py'), fnmatch.translate('a*b*c?d[!e-g]h'), fnmatch.translate('[&&]x[~|]'))
print(fnmatch.fnmatch('line\nbreak', 'line*'), fnmatch.translate('\\*'), fnmatch.fnmatch('a\\b', 'a\\b'))
