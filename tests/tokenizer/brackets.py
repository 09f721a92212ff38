x = [
    1,

    # comment inside brackets
    2,
]
y = (1 +
     2)
z = {
  'a': (1,
        [2,
         {3}]),
}
f(a)(b)[c]
