# Floor division and modulo signs follow the divisor; divmod identity holds
for a in (17, -17, 5, -5, 0, 100, -100):
    for b in (5, -5, 3, -3, 7):
        q, r = divmod(a, b)
        assert q * b + r == a
        assert (r == 0) or ((r > 0) == (b > 0))
        print(f"{a:5} {b:3} // {a // b:4} % {a % b:3}")
big = 10 ** 30 + 7
print(divmod(big, 13), divmod(-big, 13), divmod(big, -13))
print(-big // 10 ** 15, -big % 10 ** 15)
