# str.format, format_map, __format__ and % formatting.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class P:
    x = 3
    def __init__(self):
        self.items = [10, 20]
    def __repr__(self):
        return "P()"

print("{} {}".format(1, "a"), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{{}} {}".format(5))
print("{0.x} {0.items[1]} {0!r} {0!s:>6}".format(P()), "{:>{w}}|".format("r", w=5), "{:{f}{a}{w}}".format(7, f="*", a="^", w=9))
print("{!a}".format("caf\u00e9"), "{0[k]}".format({"k": "v"}), "{:5}|{:<5}|{:^5}|{:>5}|".format("ab", "cd", "ef", "gh"))
print("{:.2}".format("abcdef"), "{:x<4}".format("\u20ac"), format("abc", ">6"), format("abc"), "a".__format__(""))
print("{a}{b}".format_map({"a": 1, "b": 2}), "{:d} {:5.1f} {:x} {:,}".format(42, 3.14159, 255, 1234567))
show("missing index", lambda: "{0}".format())
show("missing key", lambda: "{a}".format())
show("switch numbering", lambda: "{}{0}".format(1, 2))
show("bad conversion", lambda: "{!x}".format(1))
show("unmatched", lambda: "{".format())
show("single }", lambda: "}".format())
show("format_map positional", lambda: "{}".format_map({}))
show("recursion", lambda: "{:{:{}}}".format(1, 2, 3))
show("bad spec", lambda: "{:d}".format("a"))
show("__format__ int", lambda: "a".__format__(1))

print("%s %r %a" % ("caf\u00e9", "x", "\u00e9"), "%d %i %u" % (1, -2, 3), "%5d|%-5d|%05d" % (1, 2, -3))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8), "%e %E %f %F %g %G" % (12345.678, 0.5, 1.5, 2.25, 1e20, 1e-5))
print("%c%c%c" % ("a", 98, 0x20ac), "%(a)s-%(b)d" % {"a": "x", "b": 2}, "%*d|%-*d|" % (4, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%.3s|%5s|%-5r|" % ("abcdef", "x", "y"), "%%" % (), "%s" % [1, 2], "%s" % {"a": 1}, "%d%%" % 50)
print("%+d % d %+.2f" % (3, 4, 2.5), "%d" % 2**70, "%x" % -255, "%s" % (("t",),), "%.0f %.1f" % (0.5, 0.25))
show("not enough", lambda: "%s %s" % (1,))
show("too many", lambda: "%s" % (1, 2))
show("needs mapping", lambda: "%(a)s" % 5)
show("bad char", lambda: "%y" % 1)
show("incomplete", lambda: "%" % ())
show("d of str", lambda: "%d" % "a")
show("x of float", lambda: "%x" % 1.5)
show("f of str", lambda: "%f" % "a")
show("c of long str", lambda: "%c" % "ab")
show("c range", lambda: "%c" % -1)
show("star not int", lambda: "%*d" % ("a", 2))
show("key missing", lambda: "%(z)s" % {})
