# isinstance/issubclass with tuples, nested tuples, __instancecheck__ and __subclasscheck__
print(isinstance(3, (str, int)), isinstance(3.0, (str, (list, int))), isinstance("s", ()))
print(issubclass(bool, (str, int)), issubclass(int, (float, (bool,))))
print(isinstance(True, int), issubclass(bool, object), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, object), issubclass(type, object))
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (bool, int)
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance("4", EvenNumber))
print(issubclass(bool, EvenNumber), issubclass(str, EvenNumber))
print(isinstance(4, (str, EvenNumber)))
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__)
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
class Duck:
    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented
print(issubclass(Duck, object), isinstance(Duck(), Duck))
print(isinstance(5, int | str), issubclass(bool, int | None), isinstance(None, int | None))
