# Augmented assignment for all operators, on names, attributes, subscripts
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b11110; print(x)
x |= 1; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)
class O: pass
o = O(); o.v = 1
o.v += 41; print(o.v)
d = {'k': [1]}
d['k'] += [2, 3]; print(d)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
t = (1,)
alias_t = t
t += (2,)
print(alias_t, t, alias_t is t)
s = "ab"; s *= 3; print(s)
count = {}
for ch in "hello":
    count[ch] = count.get(ch, 0) + 1
print(count)
idx = 0
arr = [0, 0, 0]
def nxt():
    global idx
    idx += 1
    return idx - 1
arr[nxt()] += 5
print(arr, idx)
