# Loop accumulation with floats: stepping by 0.1, counting iterations, and integer-based stepping
t = 0.0
count = 0
while t < 1.0:
    t += 0.1
    count += 1
print(count, t, t == 1.0, repr(t))
steps = [round(i * 0.1, 10) for i in range(11)]
print(steps)
acc = [0.0]
for _ in range(10):
    acc.append(acc[-1] + 0.1)
print([repr(a) for a in acc[::3]])
print(sum(0.1 for _ in range(1000)), 0.1 * 1000)
h = 1.0
while 1.0 + h != 1.0:
    h /= 2
print(h * 2 == 2.220446049250313e-16, h)
