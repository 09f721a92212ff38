# Helper: circular import partner A.
print("circ_a: start")
A_EARLY = "defined before importing circ_b"
import circ_b
print("circ_a: after importing circ_b, sees B_VALUE =", circ_b.B_VALUE)
A_LATE = "defined after importing circ_b"
def from_a():
    return "from_a sees " + circ_b.B_VALUE
