# pass statements, empty bodies via docstrings/ellipsis, and semicolons
def nothing():
    pass
class Empty:
    pass
def doc_only():
    "only a docstring"
def ellipsis_body():
    ...
print(nothing(), doc_only(), ellipsis_body())
print(Empty.__name__, doc_only.__doc__)
if True: pass
for _ in range(2): pass
x = 1; y = 2; z = x + y; print(z)
while False: pass
try: pass
except: pass
print("done")
