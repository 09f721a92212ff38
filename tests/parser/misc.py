# comments are ignored
"""Module docstring."""

x = 1  # trailing comment

if x:

    # blank and comment lines inside a block
    y = 2


def f():
    """Doc."""
    return (
        1 +
        2
    )


s = ('implicit'
     'concat')
t = [
    1,
    2,
]
d = {
    'a': 1,
    'b': 2,
}
x = a if b else c; y = 3;
x = \
    5
