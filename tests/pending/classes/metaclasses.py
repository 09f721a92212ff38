# Metaclasses: customizing class creation, __call__ on metaclass, registry, inheritance of metaclass
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        print(f"Registry.__new__ {name} bases={[b.__name__ for b in bases]} kw={kw}")
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
class Base(metaclass=Registry):
    pass
class Child(Base, tag="child"):
    pass
print(Registry.classes, Base.tag, Child.tag, type(Child).__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v): self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class Shout(metaclass=Upper):
    greeting = "hi"
    def speak(self): return "HELLO"
print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, "greeting"))
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class MSub(M1): pass
class D(metaclass=MSub): pass
class E(A, D): pass
print(type(E).__name__)
print(type(type).__name__, isinstance(type, type), isinstance(Base, Registry))
