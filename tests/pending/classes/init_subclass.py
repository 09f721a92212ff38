# __init_subclass__ hooks with keyword arguments, and plugin registration
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key)
class Json(Plugin, name="json"): pass
class Yaml(Plugin): pass
class StrictJson(Json, name="json-strict"): pass
print(sorted(Plugin.registry), Plugin.registry["json"].__name__)
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")
class Good(Validated):
    required = ("run",)
    def run(self): pass
try:
    class Bad(Validated):
        required = ("run", "stop")
        def run(self): pass
except TypeError as e:
    print(e)
try:
    class Unknown(Validated, flavour="x"):
        pass
except TypeError as e:
    print(type(e).__name__)
class Counted:
    count = 0
    def __init_subclass__(cls):
        cls.count = 0
        Counted.count += 1
class X1(Counted): pass
class X2(X1): pass
print(Counted.count, X1.count, X2.count)
