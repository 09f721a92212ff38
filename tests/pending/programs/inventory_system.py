# Program: an inventory system with dataclass-like manual classes (generated __init__/__repr__/__eq__), orders and reports
def record(*fields, defaults=None, frozen=False, order=False):
    defaults = defaults or {}
    def decorate(cls):
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {k!r}")
                if k in values:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument {k!r}")
                values[k] = v
            for f in fields:
                if f not in values:
                    if f in defaults:
                        d = defaults[f]
                        values[f] = d() if callable(d) else d
                    else:
                        raise TypeError(f"{cls.__name__}() missing required argument: {f!r}")
                object.__setattr__(self, f, values[f])
            if hasattr(self, "__post_init__"):
                self.__post_init__()
        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)
        def astuple(self):
            return tuple(getattr(self, f) for f in fields)
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.astuple = astuple
        cls.fields = fields
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field {name!r} of frozen {cls.__name__}")
            cls.__setattr__ = __setattr__
            cls.__hash__ = lambda self: hash(self.astuple())
        else:
            cls.__hash__ = None
        if order:
            cls.__lt__ = lambda self, other: self.astuple() < other.astuple()
        return cls
    return decorate

@record("sku", "name", "price_cents", "category", frozen=True, order=True)
class Product:
    def price(self):
        return f"${self.price_cents / 100:.2f}"

@record("product", "quantity", "location", defaults={"location": "main", "quantity": 0})
class StockItem:
    def __post_init__(self):
        if self.quantity < 0:
            raise ValueError("quantity cannot be negative")

@record("order_id", "lines", "status", defaults={"lines": list, "status": "open"})
class Order:
    def total(self, catalog):
        return sum(catalog[sku].price_cents * qty for sku, qty in self.lines)

class OutOfStock(Exception):
    pass

class Inventory:
    def __init__(self):
        self.catalog = {}
        self.stock = {}
        self.events = []
    def add_product(self, product, quantity=0, location="main"):
        self.catalog[product.sku] = product
        self.stock[(product.sku, location)] = StockItem(product, quantity, location)
    def quantity(self, sku):
        return sum(item.quantity for (s, _), item in self.stock.items() if s == sku)
    def receive(self, sku, qty, location="main"):
        key = (sku, location)
        if key not in self.stock:
            self.stock[key] = StockItem(self.catalog[sku], 0, location)
        self.stock[key].quantity += qty
        self.events.append(("receive", sku, qty, location))
    def fulfil(self, order):
        short = [(sku, qty, self.quantity(sku)) for sku, qty in order.lines if self.quantity(sku) < qty]
        if short:
            order.status = "backordered"
            raise OutOfStock(", ".join(f"{sku}: need {q}, have {h}" for sku, q, h in short))
        for sku, qty in order.lines:
            remaining = qty
            for (s, loc), item in sorted(self.stock.items(), key=lambda kv: kv[0][1]):
                if s != sku or remaining == 0:
                    continue
                take = min(item.quantity, remaining)
                item.quantity -= take
                remaining -= take
                if take:
                    self.events.append(("ship", sku, take, loc))
        order.status = "shipped"
        return order.total(self.catalog)
    def report(self):
        print(f"{'sku':<6}{'name':<14}{'price':>9}{'qty':>5}  locations")
        for sku in sorted(self.catalog):
            p = self.catalog[sku]
            locs = {loc: item.quantity for (s, loc), item in sorted(self.stock.items()) if s == sku}
            print(f"{sku:<6}{p.name:<14}{p.price():>9}{self.quantity(sku):>5}  {locs}")
        value = sum(self.catalog[s].price_cents * item.quantity for (s, _), item in self.stock.items())
        print(f"inventory value: ${value / 100:,.2f}")

products = [Product("A100", "widget", 250, "parts"), Product("B200", "gadget", 1999, "devices"),
            Product("C300", "gizmo", 12500, "devices"), Product("D400", "sprocket", 75, "parts")]
inv = Inventory()
for p, q in zip(products, (100, 5, 2, 400)):
    inv.add_product(p, q)
inv.receive("B200", 10, "warehouse")
inv.receive("C300", 1, "warehouse")
inv.report()
print(products[0], products[0] == Product("A100", "widget", 250, "parts"), products[0] == products[1])
print(sorted(products)[0].sku, max(products).name, len({products[0], Product("A100", "widget", 250, "parts")}))
try:
    products[0].price_cents = 1
except AttributeError as e:
    print("AttributeError:", e)
for bad in (lambda: Product("X"), lambda: Product("X", "n", 1, "c", 5), lambda: Product("X", "n", 1, "c", sku="Y"),
            lambda: StockItem(products[0], -1), lambda: Order(1, bogus=True)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
o1 = Order(1, [("A100", 10), ("B200", 12)])
o2 = Order(2, [("C300", 5)])
o3 = Order(3)
o3.lines.append(("D400", 399))
print(o1, o2, o3, Order(4).lines is not o3.lines)
for o in (o1, o2, o3):
    try:
        total = inv.fulfil(o)
        print(f"order {o.order_id} shipped, total ${total / 100:,.2f}")
    except OutOfStock as e:
        print(f"order {o.order_id} backordered: {e}")
inv.report()
print("statuses:", [(o.order_id, o.status) for o in (o1, o2, o3)])
for ev in inv.events:
    print("event:", ev)
by_cat = {}
for p in products:
    by_cat.setdefault(p.category, []).append(p.name)
print(by_cat, StockItem(products[1]).astuple()[1:], StockItem(products[1]) == StockItem(products[1]))
try:
    hash(StockItem(products[1]))
except TypeError as e:
    print("TypeError: unhashable StockItem")
