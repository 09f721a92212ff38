"""Read lines of source files through a cache (ftpy's own implementation)."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache"]

# file name -> (size, mtime, lines, full path)
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line number lineno of filename (1-based), or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of filename, from the cache when it is there."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _locate(filename):
    """(stat result, path) for filename, searching sys.path for relative names."""
    try:
        return os.stat(filename), filename
    except (OSError, ValueError):
        pass
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        try:
            candidate = os.path.join(folder, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return os.stat(candidate), candidate
        except (OSError, ValueError):
            continue
    return None


def updatecache(filename, module_globals=None):
    """Read filename afresh into the cache; return its lines ([] on failure)."""
    cache.pop(filename, None)
    if not filename or (filename[:1] == '<' and filename[-1:] == '>'):
        return []
    found = _locate(filename)
    if found is None:
        return []
    st, fullname = found
    try:
        with open(fullname, 'rb') as f:
            raw = f.read()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    try:
        text = raw.decode('utf-8-sig' if raw.startswith(b'\xef\xbb\xbf') else 'utf-8')
    except UnicodeDecodeError:
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def checkcache(filename=None):
    """Drop cache entries whose files changed on disk (all, or just filename)."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) != 4:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if st.st_size != size or st.st_mtime != mtime:
            cache.pop(name, None)
