# complex arithmetic with nonzero components: + - * / ** and mixed with ints/floats
a = 3 + 4j
b = 1 + 2j
print(a + b, a - b, a * b, a / b, b / a)
print(a * 2, 2 * a, a / 2, a + 1.5, 1.5 + a, a - 1, 10 - a)
print(a ** 2, a ** 3, b ** 0, (2 + 3j) ** -1, a ** 0.5)
print(abs(3 + 4j), abs(5 + 12j), abs(1 + 1j))
z = 1 + 1j
for _ in range(4):
    z = z * (1 + 1j)
    print(z)
print((1 + 2j) * (1 - 2j), (2 + 3j) / (2 + 3j))
print(sum([1 + 1j, 2 + 2j, 3 + 3j]), (1 + 2j).conjugate() * (1 + 2j))
