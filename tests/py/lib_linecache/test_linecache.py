# linecache: getline/getlines on this file, missing files, clearcache, checkcache
import linecache, os
me = os.path.abspath(__file__)
print(repr(linecache.getline(me, 1)))
print(repr(linecache.getline(me, 2)), repr(linecache.getline(me, 0)), repr(linecache.getline(me, 9999)))
lines = linecache.getlines(me)
print(len(lines) > 5, lines[-1].endswith('\n'), me in linecache.cache)
print(linecache.getlines('/nonexistent/file.py'), repr(linecache.getline('<stdin>', 1)))
linecache.checkcache(me)
print(me in linecache.cache)
linecache.clearcache()
print(me in linecache.cache)
# last line
