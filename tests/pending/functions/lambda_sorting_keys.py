# Lambdas as key functions, in dict dispatch, and capturing loop variables with defaults
records = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.9), ("dan", 35, 2.1)]
print(sorted(records, key=lambda r: (-r[2], r[0])))
print(sorted(records, key=lambda r: r[1] * 10 - r[2]))
print(max(records, key=lambda r: r[2] / r[1])[0], min(records, key=lambda r: len(r[0]))[0])
ops = {name: (lambda k: lambda x: x * k)(k) for name, k in (("double", 2), ("triple", 3), ("negate", -1))}
print({name: f(7) for name, f in ops.items()})
adders = [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in adders])
compose_all = lambda *fs: (lambda x: [x := f(x) for f in fs][-1])
print(compose_all(lambda v: v + 1, lambda v: v * 10, str)(4))
