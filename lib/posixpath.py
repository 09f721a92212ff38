"""Pathname manipulation for POSIX systems (ftpy's own implementation)."""

import posix as _px

__all__ = [
    "normcase", "isabs", "join", "splitdrive", "splitroot", "split",
    "splitext", "basename", "dirname", "commonprefix", "getsize",
    "getmtime", "getatime", "getctime", "islink", "exists", "lexists",
    "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
    "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir",
    "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
    "supports_unicode_filenames", "relpath", "commonpath", "isjunction",
    "isdevdrive",
]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fs(p):
    """Turn a path-like into str or bytes, rejecting other types."""
    return _px.fspath(p)


def _kit(p):
    """Separator, current-dir and parent-dir markers in p's own type."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def _mixed_error(funcname, args):
    kinds = set()
    for a in args:
        if isinstance(a, str):
            kinds.add('str')
        elif isinstance(a, (bytes, bytearray)):
            kinds.add('bytes')
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(a).__name__!r}') from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """POSIX paths are case sensitive: return s unchanged."""
    return _fs(s)


def isabs(s):
    s = _fs(s)
    return s.startswith(_kit(s)[0])


def join(a, *p):
    a = _fs(a)
    slash = _kit(a)[0]
    out = a
    try:
        if not p:
            out[:0] + slash
        for piece in map(_fs, p):
            if piece.startswith(slash):
                out = piece
            elif not out or out.endswith(slash):
                out = out + piece
            else:
                out = out + slash + piece
    except (TypeError, AttributeError, BytesWarning):
        _mixed_error('join', (a,) + p)
        raise
    return out


def split(p):
    p = _fs(p)
    slash = _kit(p)[0]
    cut = p.rfind(slash) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def _split_ext(p, slash, dot):
    last = p.rfind(slash)
    idx = p.rfind(dot)
    if idx > last:
        # a leading run of dots in the file name is not an extension
        start = last + 1
        while start < idx:
            if p[start:start + 1] != dot:
                return p[:idx], p[idx:]
            start += 1
    return p, p[:0]


def splitext(p):
    p = _fs(p)
    if isinstance(p, bytes):
        return _split_ext(p, b'/', b'.')
    return _split_ext(p, '/', '.')


def splitdrive(p):
    p = _fs(p)
    return p[:0], p


def splitroot(p):
    p = _fs(p)
    slash = _kit(p)[0]
    empty = p[:0]
    if p[:1] != slash:
        return empty, empty, p
    if p[1:2] != slash or p[2:3] == slash:
        # one slash, or three and more: a single root
        return empty, slash, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    p = _fs(p)
    return p[p.rfind(_kit(p)[0]) + 1:]


def dirname(p):
    p = _fs(p)
    slash = _kit(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def _stat_or_none(path, follow=True):
    try:
        if follow:
            return _px.stat(path)
        return _px.lstat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat_or_none(path) is not None


def lexists(path):
    return _stat_or_none(path, False) is not None


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and (st.st_mode & _S_IFMT) == _S_IFREG


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and (st.st_mode & _S_IFMT) == _S_IFDIR


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and (st.st_mode & _S_IFMT) == _S_IFLNK


def isjunction(path):
    _fs(path)
    return False


def isdevdrive(path):
    _fs(path)
    return False


def ismount(path):
    try:
        st = _px.lstat(path)
    except (OSError, ValueError):
        return False
    if (st.st_mode & _S_IFMT) == _S_IFLNK:
        return False
    path = _fs(path)
    up = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        parent = _px.lstat(up)
    except (OSError, ValueError):
        return False
    return st.st_dev != parent.st_dev or st.st_ino == parent.st_ino


def getsize(filename):
    return _px.stat(filename).st_size


def getmtime(filename):
    return _px.stat(filename).st_mtime


def getatime(filename):
    return _px.stat(filename).st_atime


def getctime(filename):
    return _px.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(_px.stat(f1), _px.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(_px.fstat(fp1), _px.fstat(fp2))


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fs, m))
    lo = min(m)
    hi = max(m)
    n = 0
    limit = min(len(lo), len(hi))
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def normpath(path):
    path = _fs(path)
    slash, dot, dotdot = _kit(path)
    if not path:
        return dot
    _, root, rest = splitroot(path)
    kept = []
    for part in rest.split(slash):
        if not part or part == dot:
            continue
        if part == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
                continue
            if root:
                continue
        kept.append(part)
    result = root + slash.join(kept)
    return result or dot


def abspath(path):
    path = _fs(path)
    if not path.startswith(_kit(path)[0]):
        here = _px.getcwdb() if isinstance(path, bytes) else _px.getcwd()
        path = join(here, path)
    return normpath(path)


def expanduser(path):
    path = _fs(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    slash = _kit(path)[0]
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        home = _env().get('HOME')
        if home is None:
            try:
                import pwd
                home = pwd.getpwuid(_px.getuid()).pw_dir
            except (ImportError, KeyError):
                return path
    else:
        name = path[1:end]
        if isinstance(name, bytes):
            name = name.decode('utf-8', 'surrogateescape')
        try:
            import pwd
            home = pwd.getpwnam(name).pw_dir
        except (ImportError, KeyError):
            return path
    if home is None:
        return path
    if isinstance(path, bytes) and isinstance(home, str):
        home = home.encode('utf-8', 'surrogateescape')
    home = home.rstrip(slash)
    return (home + path[end:]) or slash


def _env():
    import os
    return os.environ


def _is_word(ch):
    return ch == '_' or ('0' <= ch <= '9') or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z')


def expandvars(path):
    path = _fs(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if is_bytes else path
    if '$' not in text:
        return path
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != '$':
            out.append(ch)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            close = text.find('}', i + 2)
            if close < 0:
                out.append(ch)
                i += 1
                continue
            name = text[i + 2:close]
            end = close + 1
        else:
            j = i + 1
            while j < n and _is_word(text[j]):
                j += 1
            name = text[i + 1:j]
            end = j
            if not name:
                out.append(ch)
                i += 1
                continue
        if is_bytes:
            value = _env().get(name.encode('latin-1').decode('utf-8', 'surrogateescape'))
            if value is not None:
                value = value.encode('utf-8', 'surrogateescape').decode('latin-1')
        else:
            value = _env().get(name)
        if value is None:
            out.append(text[i:end])
        else:
            out.append(value)
        i = end
    res = ''.join(out)
    return res.encode('latin-1') if is_bytes else res


class _LinkDone:
    """Work-list entry: the expansion of a symlink has been consumed."""
    __slots__ = ('link',)

    def __init__(self, link):
        self.link = link


def realpath(filename, *, strict=False):
    filename = _fs(filename)
    slash, dot, dotdot = _kit(filename)
    if not filename.startswith(slash):
        here = _px.getcwdb() if isinstance(filename, bytes) else _px.getcwd()
        filename = join(here, filename)
    todo = filename.split(slash)[::-1]
    where = slash
    links = {}
    while todo:
        item = todo.pop()
        if isinstance(item, _LinkDone):
            links[item.link] = where
            continue
        if not item or item == dot:
            continue
        if item == dotdot:
            where = dirname(where)
            continue
        cand = join(where, item)
        try:
            st = _px.lstat(cand)
        except OSError:
            if strict:
                raise
            where = cand
            continue
        kind = st.st_mode & _S_IFMT
        if kind != _S_IFLNK:
            if strict and kind != _S_IFDIR and any(
                    not isinstance(t, _LinkDone) and t and t != dot for t in todo):
                raise NotADirectoryError(20, 'Not a directory', cand)
            where = cand
            continue
        if cand in links:
            known = links[cand]
            if known is not None:
                where = known
                continue
            if strict:
                _px.stat(cand)
            rest = [t for t in reversed(todo) if not isinstance(t, _LinkDone)]
            return join(cand, *rest)
        links[cand] = None
        target = _px.readlink(cand)
        if target.startswith(slash):
            where = slash
        todo.append(_LinkDone(cand))
        todo.extend(target.split(slash)[::-1])
    return where


def relpath(path, start=None):
    path = _fs(path)
    if not path:
        raise ValueError("no path specified")
    slash, dot, dotdot = _kit(path)
    if start is None:
        start = dot
    else:
        start = _fs(start)
    try:
        a = [x for x in abspath(start).split(slash) if x]
        b = [x for x in abspath(path).split(slash) if x]
        common = 0
        for x, y in zip(a, b):
            if x != y:
                break
            common += 1
        parts = [dotdot] * (len(a) - common) + b[common:]
        if not parts:
            return dot
        return join(*parts)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _mixed_error('relpath', (path, start))
        raise


def commonpath(paths):
    paths = tuple(map(_fs, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    slash, dot, _ = _kit(paths[0])
    try:
        pieces = [p.split(slash) for p in paths]
        try:
            (absolute,) = set(p[:1] == slash for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        pieces = [[c for c in s if c and c != dot] for s in pieces]
        lo = min(pieces)
        hi = max(pieces)
        shared = lo
        for k, c in enumerate(lo):
            if c != hi[k]:
                shared = lo[:k]
                break
        prefix = slash if absolute else slash[:0]
        return prefix + slash.join(shared)
    except (TypeError, AttributeError):
        _mixed_error('commonpath', paths)
        raise
