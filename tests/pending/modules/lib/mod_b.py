# Helper module: imports mod_a and re-exports a derived value.
import mod_a
from mod_a import GREETING as G
print("mod_b: imported mod_a, counter =", mod_a.counter)
DERIVED = G.upper()
def use_a():
    return mod_a.bump()
