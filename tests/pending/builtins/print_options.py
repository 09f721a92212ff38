# print() with sep/end/file/flush, multiple args, no args, and non-str objects
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print()
print(1, 2.5, None, [1], sep=",")
print("no newline", end="")
print(" -> continued")
print("to stdout", file=sys.stdout, flush=True)
print(*range(5), sep="-")
print("x", sep=None, end=None)
print("", end="")
print(*[], sep="never")
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", end=[])
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("into", "object", sep="_", end="!", file=w)
print(w.parts)
print("to stderr", file=sys.stderr)
print("after stderr")
