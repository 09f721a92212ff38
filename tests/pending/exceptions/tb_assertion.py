# Uncaught AssertionError with a message computed from local state
def check_sorted(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1], f"not sorted at index {i}: {xs[i]} > {xs[i + 1]}"
    return True
print(check_sorted([1, 2, 2, 5]))
print(check_sorted([1, 3, 2]))
