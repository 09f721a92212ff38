# Single and multi-level inheritance, overriding, extending via super()
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"
class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
    def speak(self):
        return "meow"
for a in (Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", True)):
    print(a.describe(), type(a).__name__)
print(Cat("x", False).indoor)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Dog.__base__.__name__, Animal.__base__.__name__, object.__base__)
print(sorted(c.__name__ for c in Animal.__subclasses__()))
