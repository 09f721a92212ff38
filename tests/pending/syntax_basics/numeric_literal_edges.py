# Edge cases of numeric literals and expressions that compile-time errors reject
print(0b0, 0o0, 0x0, 1_0.0_1, 1e1_0, 0.0e0, 00.5, 1_2j)
for src in ("1__0", "0x_", "1_", "0b2", "0o8", "01", "1.e", "0x1.0", "1e", "09"):
    try:
        eval(src)
        print(repr(src), "accepted")
    except SyntaxError as e:
        print(repr(src), "SyntaxError")
print(eval("0_7" if False else "7"), eval("1if 1 else 2") if False else "skip")
print(1 .real, 1.0.is_integer(), (1).bit_length(), 0x10.real)
