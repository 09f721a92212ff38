# Advanced f-string features: nested fields, calls with keyword args, conditional expressions, loops
def fmt_money(v, *, cur="$"):
    return f"{cur}{v:,.2f}"
data = [("rent", 1200.5), ("food", 345.678), ("misc", 12)]
for label, amount in data:
    print(f"{label:<6}{fmt_money(amount):>12}{'!' if amount > 1000 else '':>2}")
total = sum(a for _, a in data)
print(f"{'total':<6}{fmt_money(total, cur='EUR '):>12}")
nums = [3, 14, 159]
print(f"{nums[0]}.{nums[1]}{nums[2]}", f"{len(nums)=}", f"{sum(nums) / len(nums):.3f}")
for align in "<^>":
    print(f"[{'mid':{align}9}]")
print(f"{'{'}{'}'}", f"{ {'a': 1}['a'] }", f"{(1, 2)!r:>10}")
matrix = [[1, 2], [3, 4]]
print("\n".join(f"{' '.join(f'{x:3d}' for x in row)}" for row in matrix))
print(f"{3 + 4j}", f"{1e-7:.2e}", f"{12345678:_}", f"{-42:=8}", f"{0.5:.0%}")
