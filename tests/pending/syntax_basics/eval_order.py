# Evaluation order: left-to-right operands, arguments, dict displays, assignments
log = []
def L(x):
    log.append(x)
    return x
L(1) + L(2) * L(3)
print(log); log.clear()
def f(*a, **k): return a
f(L('a'), L('b'), c=L('c'), d=L('d'))
print(log); log.clear()
{L('k1'): L('v1'), L('k2'): L('v2')}
print(log); log.clear()
[L(i) for i in range(3)]
print(log); log.clear()
arr = [0, 0]
arr[L(0)] = L('val')
print(log, arr); log.clear()
L('x') if L(True) else L('y')
print(log); log.clear()
L([1, 2])[L(0)]
print(log); log.clear()
x = L(1), L(2), L(3)
print(log); log.clear()
a = b = L('chain')
print(log, a, b); log.clear()
L(2) ** L(3) ** L(2)
print(log); log.clear()
L(1) < L(2) < L(3)
print(log); log.clear()
def key_val():
    d = {}
    d[L('key')] = L('value')
    return d
print(key_val(), log)
