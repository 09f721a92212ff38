# memoryview.cast between formats, shape, and multi-byte items (native little-endian assumed via sys)
import sys
data = bytearray(range(8))
mv = memoryview(data)
if sys.byteorder == "little":
    ints = mv.cast("H")
    print(ints.format, ints.itemsize, len(ints), ints.tolist())
    i32 = mv.cast("I")
    print(i32.tolist(), i32.nbytes)
else:
    print("big-endian machine: skipped")
grid = mv.cast("B", shape=[2, 4])
print(grid.shape, grid.ndim, grid.tolist())
print(mv.cast("c")[:3].tolist())
try:
    mv.cast("Q", shape=[3])
except (TypeError, ValueError) as e:
    print(type(e).__name__)
