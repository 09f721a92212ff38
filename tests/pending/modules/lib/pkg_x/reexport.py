# Helper: re-exports names from sibling modules via relative imports, with __all__.
from .helpers import double as twice, triple
from .nested.deep import quadruple
__all__ = ["twice", "triple", "quadruple"]
