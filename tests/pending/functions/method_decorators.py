# Plain function decorators applied to methods keep working with self
def logged(fn):
    def wrapper(self, *a):
        self.log.append(fn.__name__ + repr(a))
        return fn(self, *a)
    return wrapper
class Account:
    def __init__(self):
        self.balance = 0
        self.log = []
    @logged
    def deposit(self, n):
        self.balance += n
        return self.balance
    @logged
    def withdraw(self, n):
        if n > self.balance:
            return None
        self.balance -= n
        return self.balance
a = Account()
print(a.deposit(50), a.withdraw(20), a.withdraw(100), a.deposit(5))
print(a.log)
def once(fn):
    done = {}
    def wrapper(self):
        if id(self) not in done:
            done[id(self)] = fn(self)
        return done[id(self)]
    return wrapper
class Lazy:
    evaluations = 0
    @once
    def value(self):
        Lazy.evaluations += 1
        return 42
z = Lazy()
print(z.value(), z.value(), Lazy.evaluations)
