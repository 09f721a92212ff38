# Helper: partner of circ_from_a.
from circ_from_a import VALUE_A
