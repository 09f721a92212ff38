# Building aligned text tables with str.format, including unicode column contents and totals
rows = [("Widget", 4, 3.5), ("Gadget extra long name", 12, 0.25), ("Übergröße", 1, 199.99), ("日本", 3, 12.0)]
w = max(len(r[0]) for r in rows)
header = "{:<{w}} | {:>5} | {:>8} | {:>9}".format("Item", "Qty", "Price", "Total", w=w)
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print("{:<{w}} | {:>5d} | {:>8.2f} | {:>9,.2f}".format(name, qty, price, total, w=w))
print("-" * len(header))
print("{:>{w}} | {:>5d} | {:>8} | {:>9,.2f}".format("TOTAL", sum(r[1] for r in rows), "", grand, w=w))
print("{0:^{1}}".format("centered", len(header)).rstrip() + "|")
