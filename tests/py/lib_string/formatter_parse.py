# string.Formatter: parsing edge cases, field splitting, Template errors.
import string
f = string.Formatter()
for s in ['{0', '{0:', '{0!', '{0:x', '{0[', '{a', '{a{', '{0!}', '{0!r:}', '{0:{',
          '{0:}}', '{0[:]}', 'x{0[a}]}', '{!r}', '{0!ab}', '{[a]}', '{0:{a:b}x}',
          'a{{b}}c', '}}{{', '{', '}', 'a{0!r', '{0!rr}']:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)


class O:
    real = 7
    d = {'x': [10, 20]}


for s, args, kw in [('{0.d[x][1]}', (O,), {}), ('{a.real:>5}|', (), {'a': O}),
                    ('{0[]}', ([1],), {}), ('{0.a[1]b}', (O,), {}),
                    ('{0.}', (1,), {}), ('{1} {}', (1, 2), {}),
                    ('{:{}}', ('q', 4), {}), ('{0!s:^7}', (O.d,), {}),
                    ('{0!a}', ('é',), {}), ('{0:{1}{2}}', (3.14159, '.', '2f'), {})]:
    try:
        print(repr(s), repr(f.format(s, *args, **kw)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['$', 'ab$', 'x\n$', 'x\ny$', 'x\n\n $ q', 'ab\r\ncd$!']:
    try:
        string.Template(s).substitute()
    except ValueError as e:
        print(repr(s), e)


class Br(string.Template):
    delimiter = '#'
    braceidpattern = r'[a-z ]+'


t = Br('#x and #{long name} ##')
print(t.substitute(x=1, **{'long name': 2}), t.get_identifiers(), t.is_valid())
print(string.Template('${a}${b}$a').safe_substitute(a='A'), string.Template('$x $x').get_identifiers())
print(string.capwords(' a\tb  c '), string.printable == ''.join(sorted(string.printable, key=string.printable.index)))
