# printf-style % formatting: conversions, flags, width, precision, mapping keys
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %5d|%-5d|%05d %+d % d" % (42, 42, 42, 42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o %c %c" % (255, 255, 255, 255, 8, 8, 65, "z"))
print("%f %.2f %10.3f|%-10.1f|%e %E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000031, 0.0001, 1e20))
print("%(name)s is %(age)d years" % {"name": "Bob", "age": 40})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("100%% sure" % (), "%s" % (1, ) , "%s" % [1, 2], "%s %s" % ("a", "b"))
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%s" % None, "%r" % (1,), "%%" % ())
for fmt, args in (("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__)
