# Circular imports: partially initialised modules are visible through sys.modules
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
import circ_a
print(circ_a.from_a(), circ_a.circ_b.late_lookup())
print(circ_a.A_EARLY, circ_a.A_LATE)
import circ_b
print(circ_b.circ_a is circ_a)
