# match: captured names persist after the statement; failed patterns may leave partial bindings
match {"a": 1, "b": 2}:
    case {"a": aa, "b": bb}:
        pass
print(aa, bb)
x = "untouched"
match [1, 2, 3]:
    case [x, y] :
        print("not this")
    case [p, q, r]:
        print("this", p, q, r)
print(x)
match 3:
    case 1 | 2:
        print("no")
    case _:
        print("wildcard does not bind, _ is", "_" in dir())
