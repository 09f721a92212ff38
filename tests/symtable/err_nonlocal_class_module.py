# error
class C:
    nonlocal x
