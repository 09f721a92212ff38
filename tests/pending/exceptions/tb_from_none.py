# Uncaught exception raised with 'from None': the context is suppressed in the traceback
def lookup(table, k):
    try:
        return table[k]
    except KeyError:
        raise ValueError(f"unknown key {k!r}") from None
lookup({}, "x")
