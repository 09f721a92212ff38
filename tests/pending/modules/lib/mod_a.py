# Helper module for the modules tests (not a test script).
print("mod_a: executing module body, __name__ =", __name__)
GREETING = "hello from mod_a"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"mod_a.Thing({self.v!r})"
_private = "underscore names are still importable explicitly"
