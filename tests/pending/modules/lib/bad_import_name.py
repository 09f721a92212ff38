# Helper: tries to import a missing name from mod_a.
from mod_a import does_not_exist
