# Generator finalization: finally blocks run on close(), on exhaustion, and on break out of a for loop
def resource(name):
    print(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print(f"close {name}")
for item in resource("exhaust"):
    print("got", item)
g = resource("break")
for item in g:
    print("got", item)
    break
print("after break, generator still suspended")
g.close()
h = resource("explicit")
print(next(h))
h.close()
def nested():
    try:
        yield from resource("inner")
    finally:
        print("outer finally")
n = nested()
print(next(n), next(n))
n.close()
