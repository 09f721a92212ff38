# match: capture patterns, value patterns (dotted names), and 'as' bindings
class Color:
    RED = "red"
    GREEN = "green"
def check(c):
    match c:
        case Color.RED:
            return "value pattern RED"
        case Color.GREEN as g:
            return "as-binding " + g
        case other:
            return "captured " + repr(other)
for c in ("red", "green", "blue"):
    print(check(c))
match 42:
    case n:
        print("irrefutable capture", n)
print(n)
match (1, 2):
    case (a, b) as pair:
        print(a, b, pair)
