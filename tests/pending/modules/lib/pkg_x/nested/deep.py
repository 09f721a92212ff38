# Helper module pkg_x.nested.deep with a parent-relative import.
from ..helpers import double
from .. import VERSION
print("pkg_x.nested.deep: loaded, parent VERSION =", VERSION)
def quadruple(x):
    return double(double(x))
