# os and os.path over posix: files and directories in a scratch folder,
# stat, scandir, walk, fds, environ, errors; errno.
import errno
import os
import os.path


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(base, 'BASE'))
    else:
        print(label, repr(r))


base = '/tmp/ftpy_os_test_%d' % os.getpid()
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
show('makedirs exists', os.makedirs, os.path.join(base, 'a'))
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.path.abspath('x') == base + '/x')
fd = os.open('f.txt', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello world\n'), type(fd).__name__)
os.close(fd)
fd = os.open('f.txt', os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_END), os.read(fd, 10))
st = os.fstat(fd)
os.close(fd)
st2 = os.stat('f.txt')
print(st.st_size, st2.st_size, st2.st_mode & 0o777, len(st2), type(st2.st_mtime).__name__, type(st2[8]).__name__,
      st2.st_mtime_ns // 10**9 == st2[8], os.path.getsize('f.txt'))
print(os.path.exists('f.txt'), os.path.isfile('f.txt'), os.path.isdir('a'), os.path.islink('f.txt'), os.path.exists('nope'))
os.symlink('f.txt', 'link')
print(os.path.islink('link'), os.readlink('link'), os.lstat('link').st_size != os.stat('link').st_size,
      os.path.realpath('link') == base + '/f.txt')
os.rename('f.txt', 'g.txt')
os.replace('g.txt', 'a/h.txt')
print(sorted(os.listdir()), sorted(os.listdir('a')), sorted(os.listdir(b'a')))
entries = sorted(os.scandir('a'), key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries], repr(entries[0]))
print(os.fspath(entries[0]), entries[1].stat().st_size)
with os.scandir() as it:
    print(sorted(e.name for e in it))
for dirpath, dirnames, filenames in os.walk('.'):
    print(dirpath, sorted(dirnames), sorted(filenames))
for dirpath, dirnames, filenames in os.walk('.', topdown=False):
    print(dirpath, sorted(dirnames), sorted(filenames))
show('rmdir nonempty', os.rmdir, 'a')
show('remove missing', os.remove, 'missing')
show('stat missing', os.stat, os.path.join(base, 'missing'))
show('rename missing', os.rename, 'x1', 'x2')
show('mkdir exists', os.mkdir, 'a')
show('listdir file', os.listdir, 'link')
show('open missing', os.open, 'missing', os.O_RDONLY)
show('stat int', os.stat, 3.5)
show('stat null', os.stat, 'a\0b')
os.unlink('link')
os.remove('a/h.txt')
os.removedirs('a/b')
print(os.listdir(), os.path.exists('a'))
os.chdir(old)
os.rmdir(base)
print(os.path.exists(base))

print(os.path.join('a', 'b', 'c'), os.path.join('/a', '/b'), os.path.join('a/', 'b'), os.path.join(b'a', b'b'))
show('join mixed', os.path.join, 'a', b'b')
print(os.path.split('a/b/c'), os.path.split('/'), os.path.split('a'), os.path.split('//a//b'))
print(os.path.splitext('a.b.c'), os.path.splitext('.bashrc'), os.path.splitext('a/b.c/d'), os.path.splitext('..x'))
print(os.path.basename('a/b/'), os.path.dirname('a/b/'), os.path.dirname('/'), os.path.dirname('//a'))
print(os.path.normpath('a//b/./c/../d'), os.path.normpath('//a'), os.path.normpath('///a'), os.path.normpath('../../a/..'))
print(os.path.isabs('a'), os.path.isabs(b'/a'), os.path.commonprefix(['abc', 'abd', 'ab']), os.path.commonpath(['a/b', 'a/c']))
print(os.path.relpath('a/b', 'a/c/d'), os.path.splitdrive('/x'), os.path.splitroot('//x/y'), os.path.normcase('AbC'))
print(os.path.expanduser('~nosuchuserzz/x'), os.path.expandvars('${NO_SUCH_VAR_ZZ} $ $$'))
os.environ['FTPY_TEST_VAR'] = 'value'
print(os.environ['FTPY_TEST_VAR'], os.getenv('FTPY_TEST_VAR'), 'FTPY_TEST_VAR' in os.environ,
      os.path.expandvars('$FTPY_TEST_VAR/${FTPY_TEST_VAR}x'))
del os.environ['FTPY_TEST_VAR']
print(os.getenv('FTPY_TEST_VAR'), os.environ.get('FTPY_TEST_VAR', 'gone'))
show('environ missing', lambda: os.environ['FTPY_NO_SUCH'])
show('environ int', lambda: os.environ.__setitem__('X', 1))


class P:
    def __fspath__(self):
        return 'from-fspath'


print(os.fspath(P()), os.fspath(b'b'), isinstance(P(), os.PathLike), isinstance('x', os.PathLike), os.path.join(P(), 'x'))
show('fspath int', os.fspath, 1)
print(os.fsencode('a\udcff'), os.fsdecode(b'a\xff'), os.name, os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
print(os.strerror(errno.ENOENT), errno.errorcode[errno.EEXIST], errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN])
print(type(os.getpid()).__name__, os.cpu_count() >= 1, len(os.urandom(16)), os.urandom(0))
r, w = os.pipe()
os.write(w, b'piped')
print(os.read(r, 100))
os.close(r)
os.close(w)
show('close bad', os.close, r)
