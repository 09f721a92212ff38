x = 1 + \
    2 + \
3
if a and \
   b:
    pass
y = "abc" \
    "def"
def f(a,
      b):
  \
    return 1
