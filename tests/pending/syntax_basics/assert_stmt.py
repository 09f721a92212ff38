# assert with and without messages, message evaluation laziness
def msg():
    print("msg evaluated")
    return "custom"
assert True, msg()
assert 1 == 1
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e, e.args)
try:
    assert False, msg()
except AssertionError as e:
    print(e)
try:
    assert 0, {'code': 7}
except AssertionError as e:
    print(e.args[0]['code'])
print(__debug__)
