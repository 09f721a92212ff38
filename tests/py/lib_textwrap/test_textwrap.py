# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options
import textwrap
text = ("The quick brown fox jumps over the lazy dog. It was a well-known "
        "fact that dogs--especially lazy ones--rarely jump. Mr. Smith said so.  "
        "Supercalifragilisticexpialidocious words are long.")
for w in (10, 25, 40, 70):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc\nd  e", 8), textwrap.wrap("a\tb", 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  lead   and trail  ", 10, drop_whitespace=False))
print(textwrap.wrap(text, 25, max_lines=3), textwrap.wrap(text, 25, max_lines=2, placeholder='…'))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 40), textwrap.shorten(text, 40, placeholder=' ...'))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('one'))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten('abcdef ghi', 3)
except ValueError as e:
    print(e)
print(repr(textwrap.dedent('''\
    def f():
        return 1
      
    # end
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('\t\ta\n\t  b')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')))
print(repr(textwrap.indent('a\nb\n', '+ ', lambda line: line.startswith('b'))))
tw = textwrap.TextWrapper(width=15, subsequent_indent='    ')
print(tw.wrap('aaa bbb ccc ddd eee fff ggg hhh'), tw.width)
