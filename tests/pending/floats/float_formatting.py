# float formatting: f/e/g/% presentation types, precision, widths, signs, alternate form
x = 1234.5678
print(f"{x:f} {x:.2f} {x:.0f} {x:10.1f}| {x:<10.1f}| {x:^12.3f}|")
print(f"{x:e} {x:.3E} {x:g} {x:.3g} {x:.10g} {0.0001234:g} {1e20:g} {1e-5:g}")
print(f"{0.256:%} {0.256:.1%} {x:,.2f} {x:_.3f} {-x:+.1f} {x:+.1f} {x: .1f}")
print(f"{1.0:#.0f} {1.0:.0f} {1.5:#g} {100.0:g} {100.0:#g} {1e6:g} {1e16:g}")
print(f"{3.0:08.2f} {-3.0:08.2f} {3.14159:=+10.3f} {2.5:.0f} {3.5:.0f} {0.5:.0f}")
print("%f %.3f %e %.2e %g %G %10.2f|%-10.2f|" % (x, x, x, x, x, 1e-10, x, x))
print(format(0.1, ".20f"), format(1 / 3, ".17f"), format(2 ** 0.5, ".30g"))
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('inf'):10}|")
print(str(1e16), str(1.5e-7), str(123.0), f"{1e16}", f"{12.0!r}")
print(f"{x:z.1f} {-0.0001:z.2f} {-0.0001:.2f}")
