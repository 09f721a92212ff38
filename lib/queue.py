"""Synchronised queues for passing work between threads (ftpy).

One lock guards a queue's items and counters; three conditions on that
lock wake getters (not_empty), putters (not_full) and join() callers
(all_tasks_done)."""

import threading
from _collections import deque as _deque
from time import monotonic as _time

_GenericAlias = type(list[int])

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    """get() found nothing in time (or at all, without blocking)."""


class Full(Exception):
    """put() found no room in time (or at all, without blocking)."""


class ShutDown(Exception):
    """The queue was shut down."""


# Binary min-heap on a list, for PriorityQueue.
def _heap_push(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    while pos:
        parent = (pos - 1) >> 1
        if not item < heap[parent]:
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = item


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if not heap[child] < last:
            break
        heap[pos] = heap[child]
        pos = child
    heap[pos] = last
    return top


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.mutex = lock = threading.Lock()
        self.not_empty = threading.Condition(lock)   # getters wait here
        self.not_full = threading.Condition(lock)    # putters wait here
        self.all_tasks_done = threading.Condition(lock)  # join() waits here
        self.maxsize = maxsize
        self.unfinished_tasks = 0
        self.is_shutdown = False
        self._init(maxsize)

    # ---- task tracking ----

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    # ---- size ----

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # ---- put/get ----

    def _wait(self, cond, blocked, block, timeout, exc):
        """Waits on cond while blocked() holds (mutex held); raises exc
        when not blocking or when the timeout runs out."""
        if block:
            _check_timeout(timeout)
        if not blocked():
            return
        if not block:
            raise exc
        if timeout is None:
            while blocked():
                cond.wait()
                if self.is_shutdown:
                    raise ShutDown
            return
        deadline = _time() + timeout
        while blocked():
            remaining = deadline - _time()
            if remaining <= 0.0:
                raise exc
            cond.wait(remaining)
            if self.is_shutdown:
                raise ShutDown

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.is_shutdown:
                raise ShutDown
            if self.maxsize > 0:
                self._wait(self.not_full, lambda: self._qsize() >= self.maxsize,
                           block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if self.is_shutdown and not self._qsize():
                raise ShutDown
            self._wait(self.not_empty, lambda: not self._qsize(), block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def shutdown(self, immediate=False):
        """Makes put() raise ShutDown from now on, and get() once the queue
        is empty; immediate=True drops the remaining items first."""
        with self.mutex:
            self.is_shutdown = True
            if immediate:
                dropped = 0
                while self._qsize():
                    self._get()
                    dropped += 1
                self.unfinished_tasks = max(0, self.unfinished_tasks - dropped)
                self.all_tasks_done.notify_all()
            for cond in (self.not_empty, self.not_full):
                cond.notify_all()

    # ---- storage (the subclasses change it); the mutex is held ----

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)

    def _qsize(self):
        return len(self.queue)

    def _init(self, maxsize):
        self.queue = _deque()

    __class_getitem__ = classmethod(lambda cls, item: _GenericAlias(cls, item))


class PriorityQueue(Queue):
    """Retrieves the smallest entry first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heap_push(self.queue, item)

    def _get(self):
        return _heap_pop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking: a deque holds the
    items (its append and popleft are atomic) and a semaphore counts those
    available to getters."""

    def __init__(self):
        self._queue = _deque()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        _check_timeout(timeout)
        if not self._count.acquire(block, timeout if block else None):
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(lambda cls, item: _GenericAlias(cls, item))
