# Metaclass __prepare__ returns a custom namespace that records definition order and duplicates
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.log.append(key)
            if key in self:
                print("redefinition of", key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.log
        return cls
class Form(metaclass=Meta, mode="strict"):
    zeta = 1
    alpha = 2
    def m(self): pass
    alpha = 3
print(Form.order, Form.alpha)
class Enumish(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class AutoNS(dict):
            counter = 0
            def __missing__(self, key):
                if key.startswith("__"):
                    raise KeyError(key)
                AutoNS.counter += 1
                self[key] = AutoNS.counter
                return self[key]
        return AutoNS()
class Color(metaclass=Enumish):
    RED
    GREEN
    BLUE
print(Color.RED, Color.GREEN, Color.BLUE)
