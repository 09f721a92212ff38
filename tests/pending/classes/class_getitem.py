# __class_getitem__ for generic-like subscription of classes; builtin generic aliases
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["T"], Box[Box])
class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return f"{cls.__name__} of {len(params)} params"
print(Typed[int, str], Typed[int])
print(list[int], dict[str, list[int]], tuple[int, ...])
alias = list[int]
print(alias.__origin__ is list, alias.__args__, alias([1, 2]))
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
