"""Docstring of attrs_mod."""
# Helper: module-level dunder attributes and a module __getattr__.
VALUE = 42
def __getattr__(name):
    if name.startswith("lazy_"):
        return "computed " + name[5:]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["VALUE", "lazy_anything"]
