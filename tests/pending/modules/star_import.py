# from m import * honours __all__; without __all__ only public names (and no imported-underscore names)
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
before = set(globals())
from star_all import *
added = sorted(set(globals()) - before - {"before"})
print(added)
print(public_one, _listed_private)
before = set(globals())
from star_noall import *
print(sorted(set(globals()) - before - {"before", "added"}))
print(func(), alpha, beta)
try:
    public_two
except NameError as e:
    print(type(e).__name__, e)
import star_all
print(star_all.public_two, star_all._hidden)
