# Numeric-looking strings: zfill with signs, justification of numbers, and str.isdecimal filters
nums = ["7", "-7", "+7", "3.14", "-0.5", "1e3", "", "abc"]
for s in nums:
    print(f"{s!r:8} zfill6={s.zfill(6)!r:10} rjust6={s.rjust(6, '0')!r:10} decimal={s.isdecimal()} lstrip-={s.lstrip('+-').replace('.', '', 1).isdigit()}")
cols = [str(n) for n in (5, -12, 345, 0, -6789)]
width = max(map(len, cols))
print("|".join(c.rjust(width) for c in cols), "|".join(c.zfill(width) for c in cols))
