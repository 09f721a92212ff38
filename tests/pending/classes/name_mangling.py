# Private name mangling of __names inside class bodies
class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 1
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret(), self.__balance
a = Account()
print(a.reveal())
print(sorted(vars(a)))
print(a._Account__balance, a._Account__secret())
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__)
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 5
sb = Sub()
print(sorted(vars(sb)), sb.reveal())
class M:
    __dunder__ = "not mangled"
    __x = "mangled"
    def get(self):
        return self.__x, M.__x, getattr(self, "_M__x")
print(M().get(), M.__dunder__, hasattr(M, "__x"), "_M__x" in M.__dict__)
class _Under:
    __hidden = 1
print([k for k in vars(_Under) if "hidden" in k])
