# Bound methods: __self__, __func__, equality, calling through class, storing methods
class Dog:
    sound = "woof"
    def __init__(self, name):
        self.name = name
    def speak(self, times=1):
        return f"{self.name}: " + " ".join([self.sound] * times)
d = Dog("rex")
m = d.speak
print(m(), m(2))
print(m.__self__ is d, m.__func__ is Dog.speak, m.__name__, m.__qualname__)
print(Dog.speak(d, 3))
print(d.speak == d.speak, d.speak is d.speak)
e = Dog("fido")
print(d.speak == e.speak)
actions = [d.speak, e.speak]
print([a() for a in actions])
d.speak = lambda: "instance override"
print(d.speak(), Dog.speak(d))
del d.speak
print(d.speak())
f = Dog.__init__
other = Dog.__new__(Dog)
f(other, "manual")
print(other.speak())
print(type(m).__name__, type(Dog.speak).__name__)
