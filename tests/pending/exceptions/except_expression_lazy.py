# The expression in an except clause is only evaluated when an exception reaches it
def get_exc(name):
    print("evaluating except clause for", name)
    return {"value": ValueError, "key": KeyError}[name]
try:
    pass
except get_exc("never"):
    pass
print("no exception, no evaluation")
try:
    raise KeyError("k")
except get_exc("value"):
    print("wrong")
except get_exc("key"):
    print("matched second clause")
try:
    try:
        raise ValueError
    except undefined_exception_name:
        print("nope")
except NameError as e:
    print(type(e).__name__, e)
