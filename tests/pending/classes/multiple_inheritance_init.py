# Cooperative multiple inheritance: __init__ chains via super() with keyword arguments
class Base:
    def __init__(self, **kw):
        print("Base init, leftover:", kw)
        super().__init__()
class Named(Base):
    def __init__(self, name, **kw):
        print("Named init")
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        print("Aged init")
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person init")
        super().__init__(**kw)
p = Person(name="ann", age=30, extra=True)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class LogMixin:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class Item(LogMixin, JsonMixin):
    def __init__(self, sku, qty):
        self.sku, self.qty = sku, qty
it = Item("A-1", 4)
print(it.log("created"), it.to_json())
