# re: match/search/fullmatch, groups, findall/finditer, sub/subn with templates and callables, split, flags, escape, errors
import re
print(re.match(r"(\d+)-(\d+)", "12-34 x"))
m = re.search(r"(?P<word>[a-z]+)(\d)?", "123 hello")
print(m.group(), m.group(1), m.groups(), m.groupdict(), m.span(), m.start("word"), m["word"], m.lastgroup, m.lastindex)
print(re.findall(r"\w+", "a bc, def"), re.findall(r"(\w)(\w)", "abcd"), re.findall(r"(a)|b", "ab"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example x@y"), re.subn("a", "b", "aaa", count=2))
print(re.split(r"[,;]\s*", "a, b;c"), re.split(r"(,)", "a,b"), re.split(r"x*", "axbc"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2"))
print([m.span() for m in re.finditer(r"\d", "a1b22")])
p = re.compile(r"ab+", re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.fullmatch("ABB"), p.match("xab", 1))
print(re.escape("a.b*c d"), re.fullmatch(b"a+", b"aaa"))
try:
    re.compile("(")
except re.error as e:
    print(type(e).__name__, e, e.pos)
print(re.sub("x", "-", "axbxc"), re.compile("(?P<n>a)").groupindex)
m = re.search(r"(\w+) (\w+)?", "ab ")
print(m.expand(r"<\2|\1>"), re.match(b"(a)(b)", b"ab").expand(rb"\2\1"))
print(re.sub(r"(?P<x>\d+)", r"[\g<x>]", "a12b3"), re.split(r"\s+", "  a b  ", maxsplit=1))
print(re.findall(r"(?i)ab", "AB ab aB"), re.fullmatch(r"\d+", "12a"), bool(re.match("", "")))
for bad in (r"a{2,1}", r"(?P<1>x)", r"[z-a]", "\\"):
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e.msg, e.pos)
import codecs
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"), codecs.lookup("UTF8").name, codecs.BOM_UTF8)
try:
    codecs.lookup("nope")
except LookupError as e:
    print(e)
