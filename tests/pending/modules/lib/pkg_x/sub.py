# Helper module pkg_x.sub using relative imports.
from .helpers import triple
from . import helpers
print("pkg_x.sub: loaded as", __name__)
def combined(x):
    return helpers.double(triple(x))
