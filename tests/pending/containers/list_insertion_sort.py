# Classic list algorithms written by hand: insertion, selection, merge sort and quicksort with counters
def insertion(xs):
    xs, moves = xs[:], 0
    for i in range(1, len(xs)):
        key, j = xs[i], i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
            moves += 1
        xs[j + 1] = key
    return xs, moves
def selection(xs):
    xs, swaps = xs[:], 0
    for i in range(len(xs)):
        m = min(range(i, len(xs)), key=xs.__getitem__)
        if m != i:
            xs[i], xs[m] = xs[m], xs[i]
            swaps += 1
    return xs, swaps
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
seed = 7
data = []
for _ in range(25):
    seed = (seed * 48271) % 2147483647
    data.append(seed % 100)
print(data)
r1, moves = insertion(data)
r2, swaps = selection(data)
print(r1, moves, swaps)
print(r1 == r2 == merge_sort(data) == quicksort(data) == sorted(data))
