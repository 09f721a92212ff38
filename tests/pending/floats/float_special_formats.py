# Formatting special and extreme floats: signed zeros, subnormals, huge values with various specs
vals = [0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e-7, 123456789.123, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(f"{v!r:>24} |{v:>12.3g}|{v:+.2e}|{v:10.2f}|{v:%}" if abs(v) < 1e300 or v != v else f"{v!r:>24} |{v:>12.3g}|{v:+.2e}")
print(f"{-0.0:.0f} {-0.0:g} {-0.4:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{1e21:f}"[:8], f"{1e21:g}", f"{123.456:.0e}", f"{0.00001234:.3}", f"{1234.5:.3}")
