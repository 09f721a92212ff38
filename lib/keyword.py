"""Python's keywords and soft keywords, and predicates testing for them."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

# Hard keywords, sorted: three capitalised constants, then the rest.
kwlist = (
    "False None True "
    "and as assert async await break class continue def del elif else "
    "except finally for from global if import in is lambda nonlocal not "
    "or pass raise return try while with yield"
).split()

# Words that are keywords only in particular positions.
softkwlist = "_ case match type".split()

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
