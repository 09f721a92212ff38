# Arbitrary-precision integers: factorials, powers, products, conversions
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(fact(50))
print(len(str(fact(100))), str(fact(100))[:20], fact(100) % 10 ** 24)
p = 2 ** 1000
print(p)
print(len(str(p)), sum(int(d) for d in str(p)))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 64 + 1)
a = 123456789123456789123456789
b = 987654321987654321
print(a * b, a // b, a % b, a + b, a - b * 1000)
print((a * b) // a == b, (a * b) % a)
print(3 ** 200 // 3 ** 198, (10 ** 50 + 1) * (10 ** 50 - 1))
print(-(10 ** 40) // 7, -(10 ** 40) % 7)
print(abs(-(2 ** 100)), -(-(2 ** 100)))
m = 1
for k in range(1, 40):
    m = m * k + 1
print(m)
