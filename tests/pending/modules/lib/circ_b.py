# Helper: circular import partner B.
print("circ_b: start")
import circ_a
print("circ_b: circ_a partially initialised, has A_EARLY:", hasattr(circ_a, "A_EARLY"), "has A_LATE:", hasattr(circ_a, "A_LATE"))
B_VALUE = "b-value"
def late_lookup():
    return circ_a.A_LATE
