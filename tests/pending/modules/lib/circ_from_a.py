# Helper: 'from' circular import that fails because the name is not yet defined.
import circ_from_b
VALUE_A = 1
