# RecursionError is caught, is a RuntimeError, and the interpreter recovers
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
def deep(n):
    return n if n == 0 else 1 + deep(n - 1)
print(deep(200))
class Node:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return "Node(" + repr(self.me) + ")"
try:
    repr(Node())
except RecursionError:
    print("repr recursion caught")
print(sys.getrecursionlimit())
depth_reached = 0
def measure(n):
    global depth_reached
    depth_reached = n
    measure(n + 1)
try:
    measure(1)
except RecursionError:
    print(depth_reached > 100)
print(deep(300))
