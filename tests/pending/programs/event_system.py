# Program: an event bus with decorator-based subscription, priorities, closures, once-handlers and middleware
class EventError(Exception):
    pass

class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False
        self.log = []
    def cancel(self):
        self.cancelled = True
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"Event({self.name}{': ' + items if items else ''})"

class EventBus:
    def __init__(self):
        self.handlers = {}
        self.middleware = []
        self.seq = 0
        self.history = []
    def on(self, name, priority=0, once=False, when=None):
        def decorator(fn):
            self.seq += 1
            entry = {"fn": fn, "priority": priority, "once": once, "when": when, "seq": self.seq}
            self.handlers.setdefault(name, []).append(entry)
            self.handlers[name].sort(key=lambda e: (-e["priority"], e["seq"]))
            fn.unsubscribe = lambda: self.off(name, fn)
            return fn
        return decorator
    def off(self, name, fn):
        before = len(self.handlers.get(name, []))
        self.handlers[name] = [e for e in self.handlers.get(name, []) if e["fn"] is not fn]
        return before - len(self.handlers[name])
    def use(self, mw):
        self.middleware.append(mw)
        return mw
    def emit(self, name, **data):
        event = Event(name, **data)
        for mw in self.middleware:
            if mw(event) is False:
                event.log.append(f"blocked by {mw.__name__}")
                self.history.append((name, "blocked"))
                return event
        handlers = list(self.handlers.get(name, [])) + list(self.handlers.get("*", []))
        results = []
        for entry in handlers:
            if event.cancelled:
                event.log.append("cancelled; skipping remaining handlers")
                break
            if entry["when"] is not None and not entry["when"](event):
                continue
            try:
                results.append(entry["fn"](event))
            except EventError as e:
                event.log.append(f"{entry['fn'].__name__} failed: {e}")
            if entry["once"]:
                for key in (name, "*"):
                    self.handlers[key] = [e for e in self.handlers.get(key, []) if e is not entry]
        event.results = results
        self.history.append((name, len(results)))
        return event

bus = EventBus()
stats = {"logins": 0, "bytes": 0}

def make_counter(key):
    count = 0
    def counter(event):
        nonlocal count
        count += 1
        stats[key] = count
        return f"{key}#{count}"
    counter.__name__ = "count_" + key
    return counter

bus.on("login")(make_counter("logins"))

@bus.on("login", priority=10)
def check_banned(event):
    if event.data.get("user") in {"mallory"}:
        event.cancel()
        return "banned"
    return "ok"

@bus.on("login", priority=5, once=True)
def welcome_first(event):
    return f"first login ever: {event.data['user']}"

@bus.on("upload", when=lambda e: e.data.get("size", 0) > 100)
def big_upload(event):
    stats["bytes"] += event.data["size"]
    if event.data["size"] > 10_000:
        raise EventError("file too large")
    return f"stored {event.data['size']} bytes"

@bus.on("*")
def audit(event):
    return "audited " + event.name

@bus.use
def rate_limit(event, _seen={}):
    user = event.data.get("user")
    if user is None:
        return True
    _seen[user] = _seen.get(user, 0) + 1
    return _seen[user] <= 3

def show(ev):
    print(f"{ev!r:40} results={getattr(ev, 'results', None)} log={ev.log} cancelled={ev.cancelled}")

show(bus.emit("login", user="alice"))
show(bus.emit("login", user="bob"))
show(bus.emit("login", user="mallory"))
show(bus.emit("upload", size=50))
show(bus.emit("upload", size=500))
show(bus.emit("upload", size=50_000))
show(bus.emit("logout", user="alice"))
for _ in range(3):
    show(bus.emit("login", user="carol"))
print("removed:", check_banned.unsubscribe())
show(bus.emit("login", user="mallory"))
print("stats:", stats)
print("history:", bus.history)

class Observable:
    def __init__(self, **values):
        self._values = dict(values)
        self._watchers = {}
    def watch(self, field):
        def deco(fn):
            self._watchers.setdefault(field, []).append(fn)
            return fn
        return deco
    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None
    def set(self, field, value):
        old = self._values.get(field)
        if old == value:
            return 0
        self._values[field] = value
        for fn in self._watchers.get(field, []):
            fn(field, old, value)
        return len(self._watchers.get(field, []))

model = Observable(temperature=20, mode="auto")
changes = []
@model.watch("temperature")
def on_temp(field, old, new):
    changes.append((field, old, new))
    if new > 30:
        model.set("mode", "cooling")
@model.watch("mode")
def on_mode(field, old, new):
    changes.append((field, old, new))
    print(f"  mode changed {old} -> {new}")
for t in (22, 22, 31, 35, 18):
    print("set temperature", t, "notified", model.set("temperature", t))
print(changes, model.temperature, model.mode)
try:
    model.pressure
except AttributeError as e:
    print("AttributeError:", e)
