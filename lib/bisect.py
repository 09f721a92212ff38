"""Bisection algorithms for sorted sequences (ftpy's implementation)."""

__all__ = ['bisect', 'bisect_left', 'bisect_right',
           'insort', 'insort_left', 'insort_right']


def _search(a, x, lo, hi, key, right):
    # invariant: everything in a[:lo] goes before x, everything in a[hi:]
    # goes after it; "before" means < for left, <= for right
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        # -1 is the C implementation's "not given"
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if (x < probe) if right else not (probe < x):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    Every e in a[:i] has e <= x and every e in a[i:] has e > x, so x goes
    just after its rightmost equal. lo and hi bound the searched slice;
    key, if given, is applied to the elements of a (not to x).
    """
    return _search(a, x, lo, hi, key, True)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    Every e in a[:i] has e < x and every e in a[i:] has e >= x, so x goes
    just before its leftmost equal. lo and hi bound the searched slice;
    key, if given, is applied to the elements of a (not to x).
    """
    return _search(a, x, lo, hi, key, False)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.
    """
    where = _search(a, x if key is None else key(x), lo, hi, key, True)
    a.insert(where, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.
    """
    where = _search(a, x if key is None else key(x), lo, hi, key, False)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
