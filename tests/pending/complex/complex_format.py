# Formatting complex numbers with format specs and str/repr
z = 1.5 + 2.25j
print(f"{z}", f"{z:.2f}", f"{z:10.1f}|", f"{z:e}", f"{z:g}", f"{z:+.1f}")
print(format(3 + 4j, ""), format(3 + 4j, "^20"), str(1 + 1j), repr(12345.5 + 0.5j))
print(f"{complex(1e10, 2e-10)}", f"{complex(123456789, 987654321)}")
print("%s %r" % (2 + 3j, 5 + 6j))
