# Helper: module with __all__ restricting star imports.
__all__ = ["public_one", "_listed_private"]
public_one = 1
public_two = 2
_listed_private = "exported because listed"
_hidden = "not exported"
