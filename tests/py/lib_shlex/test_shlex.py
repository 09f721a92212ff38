# shlex: split (posix/non-posix, comments), quote, join, shlex class with punctuation_chars
import shlex
for s in ['a b c', 'echo "hello world" \'single q\'', 'a\\ b "c\\"d" \'e\\f\'', 'x=1 y="two words" # comment', '  lead  trail  ',
          'a"b c"d', '"" \'\' x', 'ünï cödé', 'one\ttwo\nthree']:
    print(shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ['"unterminated', "it's", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
for s in ['simple', '', 'with space', "it's", 'a$b', '*.py', 'safe-_@%+=:,./chars', 'tab\there']:
    print(repr(shlex.quote(s)))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
lex = shlex.shlex('a && b || (c; d) > out.txt', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('foo = bar.baz(1, "two") # c', posix=False)
print(list(lex), lex.lineno)
lex = shlex.shlex("key:'v a l'", posix=True)
lex.whitespace_split = False
lex.wordchars += ':'
print([t for t in lex])
lex = shlex.shlex('one two\nthree')
print(lex.get_token(), lex.get_token(), lex.lineno, lex.get_token(), repr(lex.get_token()))
lex.push_token('pushed')
print(lex.get_token(), lex.error_leader('file', 3))
try:
    shlex.split(None)
except ValueError as e:
    print(e)
