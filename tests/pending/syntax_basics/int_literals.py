# Integer literals: decimal, hex, octal, binary, underscores, and their values
vals = [0, 7, 42, 1_000_000, 0x1F, 0XFF, 0o17, 0O777, 0b1010, 0B1111_0000, 0x_dead_beef]
for v in vals:
    print(v, type(v).__name__)
print(0x10 + 0o10 + 0b10 + 10)
print(123_456_789 * 1_000)
print(-0x80, -0o10, -0b1)
print(00, 0_0)
big = 123456789012345678901234567890
print(big, big + 1, -big)
