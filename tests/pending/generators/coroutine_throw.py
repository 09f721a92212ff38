# coroutine.throw() and close() on suspended coroutines with try/finally inside
class Suspend:
    def __await__(self):
        return (yield "suspended")
async def guarded():
    try:
        v = await Suspend()
        return v
    except KeyError as e:
        print("coroutine caught", repr(e))
        return "recovered"
    finally:
        print("coroutine finally")
c = guarded()
print(c.send(None))
try:
    c.throw(KeyError("x"))
except StopIteration as e:
    print("value:", e.value)
c2 = guarded()
c2.send(None)
c2.close()
print("closed")
c3 = guarded()
c3.send(None)
try:
    c3.send("plain")
except StopIteration as e:
    print("value:", e.value)
