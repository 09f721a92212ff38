# Truth values of builtin objects and user classes in if/while
objs = [0, 1, -1, 0.0, 0.5, 0j, 1j, '', 'a', b'', b'\x00', [], [0], (), ((),), {}, {0: 0},
        set(), {0}, frozenset(), range(0), range(1), None, True, False, ...]
for o in objs:
    print(repr(o), 'truthy' if o else 'falsy')
class Z:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class N: pass
print(bool(Z()), bool(L()), bool(N()))
n = 3
while n:
    n -= 1
print(n)
