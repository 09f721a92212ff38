match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | -2.5:
        pass
    case 1 + 2j | -1 - 2j:
        pass
    case "s" | b"b" | "a" "b":
        pass
    case None | True | False:
        pass
    case a:
        pass
    case _:
        pass
    case a.b | a.b.c:
        pass
    case (a):
        pass
    case (a, b):
        pass
    case [a, b, *rest]:
        pass
    case [*_, last]:
        pass
    case ():
        pass
    case []:
        pass
    case (a,):
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case *a, b:
        pass
    case {}:
        pass
    case {"a": 1, "b": b, **rest}:
        pass
    case {1: _, a.b: [c]}:
        pass
    case {-1: x, None: y}:
        pass
    case C():
        pass
    case C(a, b):
        pass
    case C(a, b=1, c=[d]):
        pass
    case a.B(x=1):
        pass
    case (1 | 2) as x:
        pass
    case [1, 2] as y if y:
        pass
    case x if x > 0:
        pass
    case str() | bytes():
        pass
match x, y:
    case a, b: pass
match *x, y:
    case _: pass
match (x):
    case _: pass
match [x]:
    case _: pass
match -x:
    case _: pass
match x,:
    case _: pass
