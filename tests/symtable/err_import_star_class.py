# error
class C:
    from os import *
