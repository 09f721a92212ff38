[x for x in y]
[x for x in y if x if z]
[x for x in y for z in x]
[(x, y) for x, y in z]
{x for x in y}
{k: v for k, v in d.items()}
{k: v for k in a if k for v in b}
(x for x in y)
(x async for x in y)
[x for x in (yield)]
[x for x in a or b]
[*a, *b]
{*a, *b}
{**a, 'b': 1, **c}
{1: 2, 3: 4}
{1, 2, 3}
{}
[]
[1, 2,]
[x for (a, b) in c]
[[y for y in x] for x in z]
