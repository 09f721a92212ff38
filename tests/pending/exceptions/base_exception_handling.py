# BaseException subclasses bypass 'except Exception'; GeneratorExit/KeyboardInterrupt/SystemExit
class Shutdown(BaseException):
    pass
def guarded(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return "Exception handler: " + type(e).__name__
    except BaseException as e:
        return "BaseException handler: " + type(e).__name__
for exc in (ValueError(), Shutdown(), KeyboardInterrupt(), SystemExit(), GeneratorExit(), StopIteration()):
    print(guarded(exc))
for cls in (KeyboardInterrupt, SystemExit, GeneratorExit, Exception, BaseExceptionGroup):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in RecursionError.__mro__])
print([c.__name__ for c in NotImplementedError.__mro__])
print([c.__name__ for c in TimeoutError.__mro__])
