# Assigning __class__ on instances and __bases__-free dynamic behaviour changes
class Frog:
    def speak(self): return "ribbit"
class Prince:
    def speak(self): return "hello"
f = Frog()
print(f.speak(), type(f).__name__)
f.__class__ = Prince
print(f.speak(), type(f).__name__, isinstance(f, Frog))
try:
    f.__class__ = int
except TypeError as e:
    print(type(e).__name__)
class State:
    def handle(self): return "idle"
class Running(State):
    def handle(self):
        self.__class__ = Stopped
        return "running -> stopping"
class Stopped(State):
    def handle(self):
        self.__class__ = Running
        return "stopped -> starting"
s = State()
s.__class__ = Running
print([s.handle() for _ in range(4)])
Frog.croak = lambda self: "added method"
print(Frog().croak())
