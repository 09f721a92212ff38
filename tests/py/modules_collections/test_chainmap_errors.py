# ChainMap errors re-raised inside an except block (pending: the VM hangs
# on raise-in-except with implicit chaining).
from collections import ChainMap

cm = ChainMap({'a': 10}, {'b': 2})
for label, fn in [('del', lambda: cm.__delitem__('b')), ('pop', lambda: cm.pop('b')),
                  ('popitem', lambda: ChainMap({}, {'a': 1}).popitem())]:
    try:
        fn()
    except KeyError as e:
        print(label, 'KeyError', e, type(e.__context__).__name__)

# A generator closed early inside a try block (pending: hangs in the VM).
import collections.abc as cabc


class MySeq(cabc.Sequence):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(9 in MySeq(), 5 in MySeq())

# random.choices with k given by position: TypeError raised in an except
# block (pending for the same VM hang).
import random
try:
    random.Random(1).choices('ab', 2)
except TypeError as e:
    print('choices kpos', e)
