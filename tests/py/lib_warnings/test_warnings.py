# warnings: warn/warn_explicit, filters and actions, catch_warnings, formatwarning, showwarning, registry
import warnings, sys, os, io

def show(message, category, filename, lineno, file=None, line=None):
    print('SHOW', os.path.basename(filename), lineno, category.__name__, message, repr(line))
warnings.showwarning = show

def f():
    warnings.warn('from f')            # line 10
def g():
    warnings.warn('from g caller', stacklevel=2)
f()
f()
g()
warnings.warn('second', RuntimeWarning)
warnings.warn(UserWarning('instance'))
warnings.warn('dep in main', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)
for i in range(3):
    warnings.warn('loop')
warnings.simplefilter('always')
for i in range(2):
    warnings.warn('loop always')
warnings.simplefilter('error', RuntimeWarning)
try:
    warnings.warn('now an error', RuntimeWarning)
except RuntimeWarning as e:
    print('raised', repr(e))
warnings.resetwarnings()
warnings.filterwarnings('ignore', message='ign')
warnings.warn('ignore me')
warnings.warn('shown')
warnings.filterwarnings('once', category=SyntaxWarning)
warnings.warn('o', SyntaxWarning)
warnings.warn('o', SyntaxWarning)
warnings.filterwarnings('error', module='__main__', lineno=10)
try:
    f()
except UserWarning as e:
    print('line filter', e)
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][3].pattern, warnings.filters[-1][:1])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('recorded', UserWarning)
    warnings.warn('recorded 2', FutureWarning)
print([(str(w.message), w.category.__name__, w.lineno, os.path.basename(w.filename)) for w in log])
print(str(log[0]).replace(log[0].filename, 'F'))
with warnings.catch_warnings(action='ignore'):
    warnings.warn('silent')
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))

print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 3, 'x = 1  ')))
print(repr(warnings.formatwarning('msg', DeprecationWarning, '<string>', 1)))
warnings.showwarning = warnings._showwarning_orig
buf = io.StringIO()
warnings.showwarning('to buffer', UserWarning, 'mod.py', 42, file=buf, line='code()')
print(repr(buf.getvalue()))
old = sys.stderr
sys.stderr = io.StringIO()
warnings.simplefilter('always')
warnings.warn_explicit('explicit', UserWarning, 'fake.py', 7)
warnings.warn_explicit(UserWarning('explicit2'), None, 'fake.py', 8, module='m', registry={})
warnings.warn('with source line')
out = sys.stderr.getvalue()
sys.stderr = old
print(out.replace(__file__, 'THIS'))
for bad in [lambda: warnings.warn('x', 5), lambda: warnings.simplefilter('bogus'), lambda: warnings.filterwarnings('error', lineno=-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
reg = {}
warnings.resetwarnings()
warnings.showwarning = show
warnings.warn_explicit('reg', UserWarning, 'r.py', 1, registry=reg)
warnings.warn_explicit('reg', UserWarning, 'r.py', 1, registry=reg)
print(sorted(k for k in reg if k != 'version'))
@warnings.deprecated('use new_api')
def old_api():
    return 'old result'
warnings.simplefilter('always')
print(old_api(), old_api.__deprecated__)
