"""Operating-system interfaces: ftpy's portable layer over the posix module."""

import abc as _abc
import sys

import posix as _posix
import posixpath as path

sys.modules['os.path'] = path

# Everything public that posix provides is part of os.
for _name in dir(_posix):
    if not _name.startswith('__'):
        globals()[_name] = getattr(_posix, _name)
del _name

from posix import (fspath, putenv as _raw_putenv, unsetenv as _raw_unsetenv,
                   stat, lstat, mkdir, rmdir, listdir, scandir, rename,
                   unlink, remove, readlink, getcwd)

name = 'posix'
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_bytes_environ = True
supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = set()
supports_follow_symlinks = set()

_DIR_BITS = 0o040000
_FMT_BITS = 0o170000


def _is_directory(p):
    try:
        return (stat(p).st_mode & _FMT_BITS) == _DIR_BITS
    except (OSError, ValueError):
        return False


# ---------------------------------------------------------------------------
# Mapping base for environ: collections.abc when present, else a stand-in.

def _mapping_base():
    for modname in ('_collections_abc', 'collections.abc'):
        try:
            mod = __import__(modname, fromlist=['MutableMapping'])
            return mod.MutableMapping
        except ImportError:
            pass
    return None


_Base = _mapping_base()
if _Base is None:
    class _Base:
        """Enough of MutableMapping's mixin methods for os.environ."""
        __slots__ = ()

        def get(self, key, default=None):
            try:
                return self[key]
            except KeyError:
                return default

        def __contains__(self, key):
            try:
                self[key]
            except KeyError:
                return False
            return True

        def keys(self):
            return list(self)

        def items(self):
            return [(k, self[k]) for k in self]

        def values(self):
            return [self[k] for k in self]

        def __eq__(self, other):
            try:
                return dict(self.items()) == dict(other.items())
            except AttributeError:
                return NotImplemented

        __hash__ = None

        _absent = object()

        def pop(self, key, default=_absent):
            try:
                value = self[key]
            except KeyError:
                if default is self._absent:
                    raise
                return default
            del self[key]
            return value

        def popitem(self):
            for key in self:
                value = self[key]
                del self[key]
                return key, value
            raise KeyError

        def clear(self):
            for key in list(self):
                del self[key]

        def update(self, other=(), /, **kw):
            if hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
            for key, value in kw.items():
                self[key] = value

        def setdefault(self, key, default=None):
            try:
                return self[key]
            except KeyError:
                self[key] = default
                return default


def _need_str(value, what='str'):
    if not isinstance(value, str):
        raise TypeError(f"{what} expected, not {type(value).__name__}")
    return value


class _Environ(_Base):
    """The process environment as a mutable mapping of str to str."""

    def __init__(self, store):
        self._store = store

    def __getitem__(self, key):
        return self._store[key]

    def __setitem__(self, key, value):
        _need_str(key)
        _need_str(value)
        _raw_putenv(key, value)
        self._store[key] = value

    def __delitem__(self, key):
        if key not in self._store:
            raise KeyError(key) from None
        _raw_unsetenv(key)
        del self._store[key]

    def __iter__(self):
        return iter(list(self._store))

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        body = ', '.join(f'{k!r}: {v!r}' for k, v in self._store.items())
        return f'environ({{{body}}})'

    def __or__(self, other):
        if isinstance(other, (dict, _Environ)):
            return {**dict(self), **dict(other)}
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, _Environ)):
            return {**dict(other), **dict(self)}
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def setdefault(self, key, value):
        if key in self._store:
            return self._store[key]
        self[key] = value
        return value

    def copy(self):
        return dict(self)


environ = _Environ(dict(_posix.environ))


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(name, value):
    _raw_putenv(name, value)


def unsetenv(name):
    _raw_unsetenv(name)


# ---------------------------------------------------------------------------
# Encoding of file names

def _fs_codec():
    return sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        enc, err = _fs_codec()
        return filename.encode(enc, err)
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        enc, err = _fs_codec()
        return filename.decode(enc, err)
    return filename


class PathLike(_abc.ABC):
    """Abstract base class for objects with a file-system path."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        for klass in subclass.__mro__:
            if '__fspath__' in klass.__dict__:
                return klass.__dict__['__fspath__'] is not None or NotImplemented
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        try:
            from types import GenericAlias
        except ImportError:
            return cls
        return GenericAlias(cls, item)


def get_exec_path(env=None):
    if env is None:
        env = environ
    found = env.get('PATH')
    if found is None:
        found = env.get(b'PATH') if hasattr(env, 'get') else None
        if found is not None:
            found = fsdecode(found)
    if found is None:
        found = defpath
    return found.split(pathsep)


def process_cpu_count():
    return _posix.cpu_count()


# ---------------------------------------------------------------------------
# Directory trees

def makedirs(name, mode=0o777, exist_ok=False):
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass
        here = curdir if not isinstance(leaf, bytes) else curdir.encode()
        if leaf == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, leaf = path.split(parent)


def renames(old, new):
    parent = path.dirname(new)
    if parent and not path.exists(parent):
        makedirs(parent)
    rename(old, new)
    parent = path.dirname(old)
    if parent:
        try:
            removedirs(parent)
        except OSError:
            pass


def _scan_one(top, onerror, followlinks):
    """List top: (dirs, files, dirs to descend into), or None on error."""
    dirs, files, descend = [], [], []
    try:
        it = scandir(top)
    except OSError as exc:
        if onerror is not None:
            onerror(exc)
        return None
    with it:
        while True:
            try:
                entry = next(it)
            except StopIteration:
                break
            except OSError as exc:
                if onerror is not None:
                    onerror(exc)
                return None
            try:
                isdir = entry.is_dir()
            except OSError:
                isdir = False
            if not isdir:
                files.append(entry.name)
                continue
            dirs.append(entry.name)
            if followlinks:
                descend.append(entry.path)
            else:
                try:
                    link = entry.is_symlink()
                except OSError:
                    link = False
                if not link:
                    descend.append(entry.path)
    return dirs, files, descend


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator yielding (dirpath, dirnames, filenames)."""
    top = fspath(top)
    if topdown:
        stack = [top]
        while stack:
            here = stack.pop()
            got = _scan_one(here, onerror, followlinks)
            if got is None:
                continue
            dirs, files, _ = got
            yield here, dirs, files
            for d in reversed(dirs):
                sub = path.join(here, d)
                if followlinks or not path.islink(sub):
                    stack.append(sub)
        return
    # bottom-up: a frame is (dirpath, dirs, files, subdirs left to visit)
    frames = []
    got = _scan_one(top, onerror, followlinks)
    if got is None:
        return
    frames.append((top, got[0], got[1], list(reversed(got[2]))))
    while frames:
        here, dirs, files, todo = frames[-1]
        if todo:
            sub = todo.pop()
            got = _scan_one(sub, onerror, followlinks)
            if got is not None:
                frames.append((sub, got[0], got[1], list(reversed(got[2]))))
            continue
        frames.pop()
        yield here, dirs, files


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def _public():
    return [n for n in globals() if not n.startswith('_')
            and n not in ('abc', 'sys')]


__all__ = _public()
