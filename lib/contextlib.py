"""Utilities for with-statement contexts (ftpy's own implementation)."""

import abc
import sys
from collections import deque
from functools import wraps
from _collections_abc import _defines

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]

_GenericAlias = type(list[int])


# ---------------------------------------------------------------------------
# abstract bases

def _abstract_manager(name, enter_name, exit_name, doc, asynchronous):
    """Build one of the two abstract context-manager classes."""
    made = None

    if asynchronous:
        async def enter(self):
            return self

        async def leave(self, exc_type, exc_value, traceback):
            return None
    else:
        def enter(self):
            return self

        def leave(self, exc_type, exc_value, traceback):
            return None
    enter.__name__, leave.__name__ = enter_name, exit_name
    enter.__doc__ = "Give back the manager itself."
    leave.__doc__ = "Do not swallow the exception (if any)."

    def hook(cls, C):
        if cls is made:
            return _defines(C, enter_name, exit_name)
        return NotImplemented

    namespace = {
        '__doc__': doc, '__module__': __name__, '__slots__': (),
        '__class_getitem__': classmethod(_GenericAlias),
        '__subclasshook__': classmethod(hook),
        enter_name: enter, exit_name: abc.abstractmethod(leave),
    }
    made = abc.ABCMeta(name, (abc.ABC,), namespace)
    return made


AbstractContextManager = _abstract_manager(
    'AbstractContextManager', '__enter__', '__exit__',
    "An abstract base class for context managers.", False)
AbstractAsyncContextManager = _abstract_manager(
    'AbstractAsyncContextManager', '__aenter__', '__aexit__',
    "An abstract base class for asynchronous context managers.", True)


class ContextDecorator(object):
    "A base class or mixin that enables context managers to work as decorators."

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                result = func(*args, **kwds)
            return result
        return run_inside

    def _recreate_cm(self):
        """Return a context manager for one call of the decorated function
        (self, unless the manager is single-use)."""
        return self


class AsyncContextDecorator(object):
    "A base class or mixin that enables async context managers to work as decorators."

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                result = await func(*args, **kwds)
            return result
        return run_inside

    def _recreate_cm(self):
        """Return a fresh async context manager for one call."""
        return self


# ---------------------------------------------------------------------------
# generator-based context managers

class _GeneratorCMBase:
    """State shared by the sync and async generator context managers."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # each decorated call needs a new generator
        return type(self)(self.func, self.args, self.kwds)

    def _forget_factory(self):
        del self.args, self.kwds, self.func

    @staticmethod
    def _outcome_of_throw(err, sent, traceback, finished, converted):
        """Decide __exit__'s result when throwing `sent` into the generator
        raised `err`: True/False to return, or None to re-raise err."""
        if isinstance(err, finished):
            # the generator ended: suppress unless it let `sent` escape
            return err is not sent
        if err is sent:
            err.__traceback__ = traceback
            return False
        if (isinstance(err, RuntimeError) and isinstance(sent, converted)
                and err.__cause__ is sent):
            # PEP 479 turned the StopIteration we sent into RuntimeError
            sent.__traceback__ = traceback
            return False
        return None


class _GeneratorContextManager(_GeneratorCMBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_factory()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()
        if value is None:
            value = typ()
        try:
            gen.throw(value)
        except BaseException as err:
            verdict = self._outcome_of_throw(err, value, traceback,
                                             StopIteration, StopIteration)
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GeneratorCMBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_factory()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await gen.aclose()
        if value is None:
            value = typ()
        try:
            await gen.athrow(value)
        except BaseException as err:
            verdict = self._outcome_of_throw(
                err, value, traceback, StopAsyncIteration,
                (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await gen.aclose()


def contextmanager(func):
    """@contextmanager decorator: turn a generator function that yields
    once into a factory of context managers; the yielded value is bound
    by `as`, and an exception in the block is raised at the yield."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: like contextmanager, for an
    asynchronous generator function, giving async context managers."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


# ---------------------------------------------------------------------------
# small managers

class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        target = self.thing
        target.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously
    cleaned-up resource such as an async generator, calling its
    ``aclose()`` method."""

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, *exc_info):
        target = self.thing
        await target.aclose()

    async def __aenter__(self):
        return self.thing


class _StreamSwap(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        # a stack, so that the same object can be re-entered
        self._saved = []

    def __exit__(self, exctype, excinst, exctb):
        previous = self._saved.pop()
        setattr(sys, self._stream, previous)

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._target)
        return self._target


class redirect_stdout(_StreamSwap):
    """Context manager for temporarily redirecting stdout to another file."""
    _stream = "stdout"


class redirect_stderr(_StreamSwap):
    """Context manager for temporarily redirecting stderr to another file."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions (also inside
    exception groups, where only the other exceptions are re-raised)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            _, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing; its enter
    result is the value given to the constructor."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        return None

    async def __aexit__(self, *excinfo):
        return None


def _os():
    try:
        import os
    except ImportError:
        import posix as os
    return os


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        os = _os()
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        _os().chdir(self._old_cwd.pop())


# ---------------------------------------------------------------------------
# exit stacks

def _protocol_error(cm, asynchronous):
    cls = type(cm)
    kind = "asynchronous context manager" if asynchronous else "context manager"
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                     f"not support the {kind} protocol")


def _relink_context(new_exc, old_exc, frame_exc):
    """Make old_exc the __context__ at the end of new_exc's chain, as if
    new_exc had been raised while handling old_exc."""
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


class _BaseExitStack:
    """Callback bookkeeping shared by ExitStack and AsyncExitStack."""

    def __init__(self):
        # entries: (is_synchronous, callable with __exit__'s signature)
        self._exit_callbacks = deque()

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        heir = type(self)()
        heir._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return heir

    def _add(self, entry, synchronous=True):
        self._exit_callbacks.append((synchronous, entry))

    @staticmethod
    def _bind_exit(cm, method):
        def exit_method(exc_type, exc, tb):
            return method(cm, exc_type, exc, tb)
        exit_method.__self__ = cm
        return exit_method

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature.

        Can suppress exceptions the same way __exit__ method can.
        Also accepts any object with an __exit__ method (registering a call
        to the method instead of the object itself).
        """
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._add(exit)
        else:
            self._add(self._bind_exit(exit, method))
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager.

        If successful, also pushes its __exit__ method as a callback and
        returns the result of the __enter__ method.
        """
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise _protocol_error(cm, False) from None
        result = enter(cm)
        self._add(self._bind_exit(cm, leave))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments.

        Cannot suppress exceptions.
        """
        def wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        wrapper.__wrapped__ = callback
        self._add(wrapper)
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks.

    For example:
        with ExitStack() as stack:
            files = [stack.enter_context(open(fname)) for fname in filenames]
            # All opened files will automatically be closed at the end of
            # the with statement, even if attempts to open files later
            # in the list raise an exception.
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        exc = exc_details[1]
        had_exc = exc is not None
        frame_exc = sys.exception()
        suppressed = False
        must_raise = False
        callbacks = self._exit_callbacks
        while callbacks:
            _, cb = callbacks.pop()
            try:
                if exc is None:
                    args = (None, None, None)
                else:
                    args = (type(exc), exc, exc.__traceback__)
                if cb(*args):
                    suppressed = True
                    must_raise = False
                    exc = None
            except BaseException as fresh:
                _relink_context(fresh, exc, frame_exc)
                must_raise = True
                exc = fresh
        if must_raise:
            saved = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = saved
                raise
        return had_exc and suppressed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit
    callbacks, synchronous or asynchronous."""

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager.

        If successful, also pushes its __aexit__ method as a callback and
        returns the result of the __aenter__ method.
        """
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise _protocol_error(cm, True) from None
        result = await enter(cm)
        self._add(self._bind_exit(cm, leave), False)
        return result

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__ method
        signature, or an object with an __aexit__ method."""
        method = getattr(type(exit), "__aexit__", None)
        if method is None:
            self._add(exit, False)
        else:
            self._add(self._bind_exit(exit, method), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary coroutine function and arguments.

        Cannot suppress exceptions.
        """
        async def wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        wrapper.__wrapped__ = callback
        self._add(wrapper, False)
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        exc = exc_details[1]
        had_exc = exc is not None
        frame_exc = sys.exception()
        suppressed = False
        must_raise = False
        callbacks = self._exit_callbacks
        while callbacks:
            synchronous, cb = callbacks.pop()
            try:
                if exc is None:
                    args = (None, None, None)
                else:
                    args = (type(exc), exc, exc.__traceback__)
                outcome = cb(*args) if synchronous else await cb(*args)
                if outcome:
                    suppressed = True
                    must_raise = False
                    exc = None
            except BaseException as fresh:
                _relink_context(fresh, exc, frame_exc)
                must_raise = True
                exc = fresh
        if must_raise:
            saved = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = saved
                raise
        return had_exc and suppressed
