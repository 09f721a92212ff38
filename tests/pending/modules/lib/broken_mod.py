# Helper: raises during import after defining some names.
BEFORE = 1
raise RuntimeError("broken_mod failed during import")
