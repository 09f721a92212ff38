"""Records of the language changes that `from __future__ import ...` names.

The compiler recognises the imports itself; this module only has to exist
and describe each feature: when it became optional, when (if ever) it
becomes mandatory, and the compiler flag that enables it."""

all_feature_names = [
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]

__all__ = ["all_feature_names"] + all_feature_names

# Compiler flag values, as compile() accepts them in its flags argument.
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    def __init__(self, optional, mandatory, flag):
        self.optional = optional
        self.mandatory = mandatory
        self.compiler_flag = flag

    def getOptionalRelease(self):
        """The release in which the feature became available."""
        return self.optional

    def getMandatoryRelease(self):
        """The release in which it became (or will become) the default, or None."""
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


def _release(major, minor, micro, level, serial):
    return (major, minor, micro, level, serial)


nested_scopes = _Feature(_release(2, 1, 0, "beta", 1), _release(2, 2, 0, "alpha", 0), CO_NESTED)
generators = _Feature(_release(2, 2, 0, "alpha", 1), _release(2, 3, 0, "final", 0),
                      CO_GENERATOR_ALLOWED)
division = _Feature(_release(2, 2, 0, "alpha", 2), _release(3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION)
absolute_import = _Feature(_release(2, 5, 0, "alpha", 1), _release(3, 0, 0, "alpha", 0),
                           CO_FUTURE_ABSOLUTE_IMPORT)
with_statement = _Feature(_release(2, 5, 0, "alpha", 1), _release(2, 6, 0, "alpha", 0),
                          CO_FUTURE_WITH_STATEMENT)
print_function = _Feature(_release(2, 6, 0, "alpha", 2), _release(3, 0, 0, "alpha", 0),
                          CO_FUTURE_PRINT_FUNCTION)
unicode_literals = _Feature(_release(2, 6, 0, "alpha", 2), _release(3, 0, 0, "alpha", 0),
                            CO_FUTURE_UNICODE_LITERALS)
barry_as_FLUFL = _Feature(_release(3, 1, 0, "alpha", 2), _release(4, 0, 0, "alpha", 0),
                          CO_FUTURE_BARRY_AS_BDFL)
generator_stop = _Feature(_release(3, 5, 0, "beta", 1), _release(3, 7, 0, "alpha", 0),
                          CO_FUTURE_GENERATOR_STOP)
annotations = _Feature(_release(3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS)
