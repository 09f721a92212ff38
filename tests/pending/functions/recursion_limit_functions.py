# Deep but bounded recursion, mutual recursion depth, and converting recursion to iteration
import sys
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(900), sys.getrecursionlimit())
def sum_iter(n):
    total = 0
    while n:
        total, n = total + n, n - 1
    return total
print(sum_iter(10 ** 5) == 10 ** 5 * (10 ** 5 + 1) // 2)
def trampoline(f, *args):
    result = f(*args)
    while callable(result):
        result = result()
    return result
def countdown(n, acc=0):
    if n == 0:
        return acc
    return lambda: countdown(n - 1, acc + n)
print(trampoline(countdown, 50000))
def ping(n): return "done" if n == 0 else pong(n - 1)
def pong(n): return "done" if n == 0 else ping(n - 1)
print(ping(800))
try:
    sum_to(10 ** 6)
except RecursionError:
    print("RecursionError for depth 10**6")
print(sum_to(10))
