# Helper package pkg_x.
print("pkg_x/__init__: running as", __name__, "package", __package__)
from .helpers import double
from . import sub
__all__ = ["double", "sub", "VERSION"]
VERSION = (1, 2, 0)
