# Class statement basics: attributes, methods, __init__, instance dict, class dict
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, -4)
print(p.x, p.y, p.norm1(), Point.dims, p.dims)
q = p.moved(1, 1)
print(q.x, q.y, q.norm1())
print(sorted(vars(p).items()), Point.__doc__, Point.__name__, Point.__qualname__)
print(sorted(k for k in Point.__dict__ if not k.startswith('__')))
p.dims = 3
print(p.dims, Point.dims, q.dims)
del p.dims
print(p.dims)
Point.dims = 99
print(q.dims)
print(type(p) is Point, type(Point).__name__, Point.__module__)
print(isinstance(p, Point), isinstance(p, object))
