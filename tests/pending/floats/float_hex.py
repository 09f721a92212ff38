# float.hex and float.fromhex round trips and special values
for v in (1.0, 0.5, 0.1, -2.75, 1e-10, 5e-324, 1.7976931348623157e308, 0.0, -0.0, 3.0):
    h = v.hex()
    assert float.fromhex(h) == v
    print(repr(v), h)
print(float.fromhex("0x1.8p1"), float.fromhex("0x10"), float.fromhex("-0x1p-2"), float.fromhex("0X1.FFFFFFFFFFFFFP+1023"))
print(float.fromhex("inf"), float.fromhex("-infinity"), float.fromhex("nan"), float.fromhex(" 0x1p0 "))
print(float.fromhex("0x.8"), float.fromhex("0x1.p4"), float.fromhex("1"))
for bad in ("0x", "0x1p", "xyz", "0x1.8p1e"):
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, repr(bad))
try:
    float.fromhex("0x1p2000")
except OverflowError as e:
    print(type(e).__name__, e)
print(float("inf").hex(), float("nan").hex())
