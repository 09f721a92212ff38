# Integer algorithms: gcd, lcm, extended Euclid, sieve, isqrt by Newton, digit sums
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, isqrt(n) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(flags[i * i::i])
    return [i for i, f in enumerate(flags) if f]
print(gcd(2 ** 64, 6 ** 20), gcd(-48, 18), gcd(0, 9))
print(egcd(240, 46), egcd(17, 3120))
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99))
ps = sieve(200)
print(len(ps), ps[-5:])
print(sum(int(d) for d in str(2 ** 500)))
lcm = 1
for k in range(1, 31):
    lcm = lcm * k // gcd(lcm, k)
print(lcm)
