# Pattern bindings.
def f(p):
    match p:
        case [1, 2, *rest]:
            return rest
        case {"k": v, **others}:
            return v, others
        case Point(x=px, y=0) | Point(x=0, y=px):
            return px
        case (a, b) as pair if a > b:
            return pair
        case Color.RED | None | True:
            pass
        case str() as s:
            return s
        case _:
            pass
