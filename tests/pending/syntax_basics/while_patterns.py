# while loop patterns: sentinel loops, do-while emulation, nested while with flags, while/else
data = [5, 3, 8, 0, 7]
i = 0
total = 0
while data[i] != 0:
    total += data[i]
    i += 1
print(total, i)
n = 27
steps = 0
while True:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if n == 1:
        break
print(steps)
def find_pair(nums, target):
    i = 0
    while i < len(nums):
        j = i + 1
        while j < len(nums):
            if nums[i] + nums[j] == target:
                return i, j
            j += 1
        i += 1
    return None
print(find_pair([2, 7, 11, 15], 26), find_pair([1, 2], 10))
k = 10
while k > 0:
    k -= 3
    if k == 5:
        break
else:
    print("while-else ran, k =", k)
x = 1
while x < 1000: x *= 3
print(x)
