# Helper module pkg_x.helpers.
print("pkg_x.helpers: loaded, __package__ =", __package__)
def double(x):
    return x * 2
def triple(x):
    return x * 3
