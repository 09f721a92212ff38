# string: constants, capwords, Template, Formatter
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('  hello   world  foo'), string.capwords('a-b-c', '-'))
t = string.Template('$who likes $what, ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'x'}, what='y'))
print(t.safe_substitute(who='bob'))
print(t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('line\n ok $ bad').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.Template('$ bad').is_valid())
class D(string.Template):
    delimiter = '%'
print(D('%x and %%').substitute(x=1))
f = string.Formatter()
print(f.format('{0}-{1!r:>6}-{name}', 1, 'a', name='N'))
print(f.format('{} {}', 'x', 'y'), f.format('{a.real}{b[1]}', a=3, b=[4, 5]))
print(f.format('{0:{1}}|', 'q', 5))
print(list(f.parse('a{0!r:x}b{{c}}')))
try:
    f.format('{} {1}', 1, 2)
except ValueError as e:
    print(e)
try:
    f.format('{0!z}', 1)
except ValueError as e:
    print(e)
