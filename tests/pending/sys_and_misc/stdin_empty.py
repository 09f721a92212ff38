# With no stdin attached (/dev/null), reads return empty results immediately
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
lines = [line for line in sys.stdin]
print(lines, sys.stdin.readable() if hasattr(sys.stdin, "readable") else True)
