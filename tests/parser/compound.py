if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    pass
while x:
    break
else:
    continue
for x in y:
    pass
for x, y in z:
    pass
else:
    pass
for (a, *b) in c: pass
for [a, b] in c: pass
for x in 1, 2: pass
with a: pass
with a as b, c as d: pass
with (a as b): pass
with (a, b): pass
with (a, b) as c: pass
with (a as b, c as d,): pass
with (yield): pass
with a as (b, c): pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (A, B) as e:
    pass
if a: x = 1; y = 2
while 1: pass; pass
