# error
def f():
    from os import *
