# The standard streams: types, attributes, writes through sys.stdout and
# its buffer, print(file=...), and a StringIO standing in for stdout.
import io
import sys

print(type(sys.stdout).__name__, sys.stdout.mode, sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.encoding, sys.stderr.errors, sys.stdin.mode)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.flush()
sys.stdout.buffer.write(b"through the buffer\n")
sys.stdout.buffer.flush()
print("to stderr", file=sys.stderr)
buf = io.StringIO()
print("captured", 1, 2, sep="-", end="!\n", file=buf)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
text = sys.stdout.getvalue()
sys.stdout = old
print(repr(text))
print(repr(sys.stdin.read()))
for i in range(3):
    print("line", i)
sys.stdout.write("no newline at exit")
