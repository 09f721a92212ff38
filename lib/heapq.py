"""Heap queue algorithm (a.k.a. priority queue), ftpy's implementation.

A heap is a list in which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every
k; a[0] is therefore the smallest item. The *_max functions keep the
mirror-image invariant (a[0] is the largest)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop',
           'heappush_max', 'heappop_max', 'heapify_max', 'heapreplace_max',
           'heappushpop_max']

from operator import lt as _less, gt as _greater


def _need_list(heap, func, single=False):
    if not isinstance(heap, list):
        where = 'argument' if single else 'argument 1'
        raise TypeError(f'{func}() {where} must be list, '
                        f'not {type(heap).__name__}')


# The two primitive moves, parameterised by the ordering `before`
# (_less for min-heaps, _greater for max-heaps).

def _bubble_up(heap, top, pos, before):
    """Move heap[pos] towards the root (not past index top) while it
    belongs before its parent."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not before(item, parent):
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sink(heap, pos, before):
    """Fill the hole at pos: walk down always promoting the preferred child
    to a leaf, then bubble the displaced item back up (fewer comparisons
    than a classic sift-down on average)."""
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not before(heap[child], heap[sibling]):
            child = sibling
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos, before)


def _push(heap, item, before):
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1, before)


def _pop(heap, before):
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0, before)
    return smallest


def _replace(heap, item, before):
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sink(heap, 0, before)
    return top


def _pushpop(heap, item, before):
    if heap and before(heap[0], item):
        item, heap[0] = heap[0], item
        _sink(heap, 0, before)
    return item


def _build(heap, before):
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos, before)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list(heap, 'heappush')
    _push(heap, item, _less)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    return _pop(heap, _less)


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _need_list(heap, 'heapreplace')
    return _replace(heap, item, _less)


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _need_list(heap, 'heappushpop')
    return _pushpop(heap, item, _less)


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _need_list(heap, 'heapify', True)
    _build(heap, _less)


def heappush_max(heap, item, /):
    """Push item onto max heap, maintaining the heap invariant."""
    _need_list(heap, 'heappush_max')
    _push(heap, item, _greater)


def heappop_max(heap, /):
    """Maxheap variant of heappop."""
    _need_list(heap, 'heappop_max', True)
    if not heap:
        raise IndexError('index out of range')
    return _pop(heap, _greater)


def heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    _need_list(heap, 'heapreplace_max')
    return _replace(heap, item, _greater)


def heappushpop_max(heap, item, /):
    """Maxheap variant of heappushpop."""
    _need_list(heap, 'heappushpop_max')
    return _pushpop(heap, item, _greater)


def heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _need_list(heap, 'heapify_max', True)
    _build(heap, _greater)


# older private spellings
_heapify_max = heapify_max
_heappop_max = heappop_max
_heapreplace_max = heapreplace_max


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Equal items come out in the order of the inputs that hold them.
    """
    before = _greater if reverse else _less
    # each entry: [sort key, input number, value, iterator]; the input
    # number breaks ties, so values themselves are never compared
    entries = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([value if key is None else key(value),
                            number, value, it])
            break

    def ahead(a, b):
        if before(a[0], b[0]):
            return True
        if before(b[0], a[0]):
            return False
        return a[1] < b[1]

    _build(entries, ahead)
    while entries:
        head = entries[0]
        yield head[2]
        for value in head[3]:
            head[0] = value if key is None else key(value)
            head[2] = value
            _sink(entries, 0, ahead)
            break
        else:
            _pop(entries, ahead)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
