# Explicit backslash continuation and implicit continuation inside brackets
total = 1 + \
        2 + \
        3
print(total)
values = [
    10,
    20,   # a comment inside brackets
    30,
]
print(sum(values))
call = max(
    4,
    9,
    2
)
print(call)
d = {
    'a':
        1,
    'b': 2}
print(d)
if total > 5 and \
   call == 9:
    print("both")
s = ("part one, "
     "part two")
print(s)
x = (1
     + 2
     * 3)
print(x)
