"""The container ABCs (collections.abc); they live in _collections_abc."""
import _collections_abc
from _collections_abc import *
from _collections_abc import __all__, _CallableGenericAlias
