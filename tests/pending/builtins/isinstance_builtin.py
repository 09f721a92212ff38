# isinstance/issubclass on the builtin type hierarchy (numbers, containers, exceptions)
checks = [(True, int), (1, float), (1.0, float), (1j, complex), ("s", str), (b"b", bytes), (bytearray(), bytes),
          ([], list), ((), tuple), ({}, dict), (set(), frozenset), (range(1), range), (None, type(None)),
          (int, type), (ValueError(), Exception), (KeyError(), LookupError), (StopIteration(), Exception)]
for obj, cls in checks:
    print(type(obj).__name__, cls.__name__, isinstance(obj, cls))
print([issubclass(c, Exception) for c in (ValueError, KeyboardInterrupt, StopIteration, GeneratorExit, Warning)])
print(issubclass(bool, (str, bytes, int)), isinstance(3, (list, (tuple, (int,)))))
