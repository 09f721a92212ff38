# Integer loops: Collatz sequence lengths, digit manipulations, palindromic numbers and digital roots
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), [collatz_len(n) for n in range(1, 11)])
def reverse_num(n):
    r = 0
    while n:
        n, d = divmod(n, 10)
        r = r * 10 + d
    return r
def digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n
print(reverse_num(123456789), reverse_num(1000), [digital_root(n) for n in (0, 9, 38, 123456789, 2 ** 100)])
n, steps = 89, 0
while n != reverse_num(n):
    n += reverse_num(n)
    steps += 1
print("89 becomes palindrome", n, "after", steps, "steps")
print(sum(int(d) for d in str(2 ** 1000)), str(3 ** 100).count("7"))
