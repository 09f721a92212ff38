# Helper subpackage pkg_x.nested.
print("pkg_x.nested: loaded")
