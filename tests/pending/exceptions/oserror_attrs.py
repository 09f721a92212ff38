# OSError construction: errno/strerror/filename attributes and subclass mapping by errno
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e2 = OSError(2, "No such file or directory", "missing.txt")
print(type(e2).__name__, e2.filename, str(e2))
e3 = OSError("just a message")
print(e3.errno, e3.strerror, str(e3), e3.args)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
try:
    open("/nonexistent_dir_ftpy/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
except OSError as e:
    print("other", type(e).__name__)
e4 = OSError(13, "Permission denied")
print(type(e4).__name__, isinstance(e4, PermissionError))
e5 = OSError(17, "File exists", "a", None, "b")
print(type(e5).__name__, e5.filename, e5.filename2, str(e5))
print(FileNotFoundError("x").errno)
