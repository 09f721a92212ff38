# Tuples as lightweight records: sorting, grouping, unpacking in loops, and tuple keys
rows = [("2024-01-03", "north", 120), ("2024-01-01", "south", 80), ("2024-01-02", "north", 95),
        ("2024-01-01", "north", 60), ("2024-01-03", "south", 150)]
for date, region, amount in sorted(rows):
    print(date, region, amount)
totals = {}
for _, region, amount in rows:
    totals[region] = totals.get(region, 0) + amount
print(totals)
by_key = {(d, r): a for d, r, a in rows}
print(by_key[("2024-01-01", "north")], ("2024-01-02", "south") in by_key)
best = max(rows, key=lambda r: r[2])
print(best, best[1:], best.index("south"), len(best))
dates = sorted({d for d, _, _ in rows})
print(dates, [sum(a for d, _, a in rows if d == day) for day in dates])
