# Runs one test script under CPython the way tests/run.sh runs it under ftpy,
# but with ftpy's pure-Python library (lib/) on sys.path right after the
# script's folder, so that lib/'s modules -- not CPython's -- are imported.
# Used by tools/pylib-check.sh.  Modules ftpy provides natively (in C, or
# written by others) are imported from CPython first, before lib/ is on
# the path, so that CPython's own modules keep their CPython dependencies.
import sys, os
import re, functools, collections, operator, itertools, math, time, random
import io, abc, errno, weakref, traceback as _cpy_traceback
import ast, tokenize, linecache  # what CPython's traceback printing imports lazily

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lib = os.path.join(root, 'lib')
ours = set()
for name in os.listdir(lib):
    if name.endswith('.py'):
        ours.add(name[:-3])
    elif os.path.isfile(os.path.join(lib, name, '__init__.py')):
        ours.add(name)
# Modules the other library helper writes (C modules in ftpy) stay CPython's.
ours -= {'collections', 'abc', 'functools', 'operator', 'itertools', 'os',
         'posixpath', 'errno', 'math', 'time', 'random'}
for name in list(sys.modules):
    if name.split('.')[0] in ours:
        del sys.modules[name]

script = os.path.abspath(sys.argv[1])
sys.argv = [sys.argv[1]] + sys.argv[2:]
sys.path[0] = os.path.dirname(script)
sys.path.insert(1, lib)

main = type(sys)('__main__')
main.__file__ = script
main.__builtins__ = __builtins__
sys.modules['__main__'] = main


def check_ours():
    for name in sorted(ours):
        m = sys.modules.get(name)
        if m is not None and not getattr(m, '__file__', '').startswith(lib):
            sys.stderr.write('pylib_run: %s is not lib/\'s: %r\n' % (name, m))


with open(script, 'rb') as f:
    src = f.read()
rc = 0
try:
    exec(compile(src, script, 'exec'), main.__dict__)
except SystemExit as e:
    code = e.code
    if code is None:
        rc = 0
    elif isinstance(code, int):
        rc = code
    else:
        sys.stdout.flush()
        print(code, file=sys.stderr)
        rc = 1
except BaseException as e:
    sys.stdout.flush()
    _cpy_traceback.print_exception(type(e), e, e.__traceback__.tb_next)
    rc = 1
try:
    sys.stdout.flush()
except Exception:
    pass
check_ours()
sys.exit(rc)
