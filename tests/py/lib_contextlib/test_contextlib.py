# contextlib: contextmanager, closing, suppress, redirect_*, ExitStack, nullcontext, ContextDecorator, chdir, AbstractContextManager
import contextlib, io, sys, os

@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        print('caught in gen', repr(e))
    finally:
        print('</%s>' % name)

with tag('a') as v:
    print('body', v)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)

@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)

@contextlib.contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield():
        pass
except RuntimeError as e:
    print(e)

@tag('deco')
def decorated(x):
    print('in decorated', x)
    return x * 2
print(decorated(3), decorated(4))

class Thing:
    def close(self):
        print('closed')
with contextlib.closing(Thing()) as t:
    print(type(t).__name__)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed', e)
with contextlib.suppress(ValueError):
    raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print('rest', repr(eg))

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as b:
    print('captured')
print(repr(buf.getvalue()), b is buf)
ebuf = io.StringIO()
with contextlib.redirect_stderr(ebuf):
    sys.stderr.write('err!')
print(repr(ebuf.getvalue()))

with contextlib.nullcontext(5) as n:
    print('null', n)

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('inner'))
    @stack.push
    def exit_cb(et, ev, tb):
        print('exit_cb', et)
    print('stack body')

with contextlib.ExitStack() as stack:
    stack.push(lambda *a: True)
    raise ValueError('suppressed by stack')
print('ok after stack')

def cleanup_fail():
    raise KeyError('cleanup')
try:
    with contextlib.ExitStack() as stack:
        stack.callback(cleanup_fail)
        raise ValueError('body')
except KeyError as e:
    print('got', repr(e), 'context', repr(e.__context__))

stack = contextlib.ExitStack()
stack.callback(print, 'popped callback')
s2 = stack.pop_all()
stack.close()
print('before s2 close')
s2.close()
try:
    with contextlib.ExitStack() as st:
        st.enter_context(object())
except TypeError as e:
    print(e)

class CM(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter CM')
        return self
    def __exit__(self, *exc):
        print('exit CM', exc[0])
        return False
@CM()
def h():
    print('h runs')
h()

class Mine:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(Mine, contextlib.AbstractContextManager), isinstance(3, contextlib.AbstractContextManager))
class Base(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
with Base() as bb:
    print(type(bb).__name__)
try:
    contextlib.AbstractContextManager()
except TypeError as e:
    print('abstract', type(e).__name__)

here = os.getcwd()
with contextlib.chdir('/'):
    print(os.getcwd())
print(os.getcwd() == here)
