# AttributeError messages for instances, classes, modules, and slots
import sys
class A:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
a = A()
for target, name in ((a, "nope"), (A, "nope"), (5, "real_part"), ("s", "foo"), (None, "x"), (sys, "nonexistent_attr")):
    try:
        getattr(target, name)
    except AttributeError as e:
        print(e)
try:
    a.cls_attr_missing = a.missing_thing
except AttributeError as e:
    print(e, e.name, e.obj is a)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
try:
    del a.cls_attr
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    A.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
