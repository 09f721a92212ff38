# pidigits: decimal digits of pi from an unbounded spigot (a stream of
# linear fractional transformations kept as big-integer 2x2 matrices), and
# e from its factorial series; prints the digits in groups and a checksum.
# Argument: number of digits of pi (default 6000; "small" = 300).
import sys


def pi_digits():
    """Yields the digits of pi one at a time. The state q, r, t (with the
    fourth entry of the matrix always 0) is a transformation x -> (qx+r)/t
    composed from the series terms k = 1, 2, ..."""
    q, r, t, k = 1, 0, 1, 1
    while True:
        # compose with the next term: (k, 4k+2, 0, 2k+1)
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            yield d
            q, r = 10 * q, 10 * (r - d * t)


def to_decimal(n, width=0):
    """str(n) for big n without the interpreter's digit limit: split on a
    power of ten near the middle and convert the halves (zero-padded to
    width)."""
    if n < 10 ** 18:
        s = str(n)
        return "0" * (width - len(s)) + s
    half = 9
    while 10 ** (2 * half) <= n:
        half *= 2
    high, low = divmod(n, 10 ** half)
    s = to_decimal(high) + to_decimal(low, half)
    return "0" * (width - len(s)) + s


def from_decimal(text):
    """int(text) for long text, 18 digits at a time."""
    n = 0
    for i in range(0, len(text), 18):
        chunk = text[i:i + 18]
        n = n * 10 ** len(chunk) + int(chunk)
    return n


def e_digits(count):
    """e to count digits: sum 1/k! scaled by 10**(count+10)."""
    scale = 10 ** (count + 10)
    term = scale
    total = 0
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return to_decimal(total // 10 ** 10)


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    count = 300 if arg == "small" else int(arg) if arg else 6000
    digits = []
    for d in pi_digits():
        digits.append(d)
        if len(digits) == count:
            break
    text = "".join(map(str, digits))
    for i in range(0, min(count, 200), 50):
        print(f"{text[i:i + 50]:<50} :{min(i + 50, count)}")
    print(f"last 20 digits of pi: {text[-20:]}")
    checksum = 0
    for d in digits:
        checksum = (checksum * 10 + d) % 1000000007
    histogram = [text.count(str(d)) for d in range(10)]
    print(f"pi digits {count} checksum {checksum} histogram {histogram}")
    e = e_digits(count)
    print(f"e: {e[:32]}... last {e[-10:]} sum {sum(int(c) for c in e)}")
    big = from_decimal(text) * from_decimal(e)
    if to_decimal(big)[:12] != to_decimal(big // 10 ** (len(e) + 2))[:12]:
        raise ArithmeticError("decimal conversion disagrees")
    print(f"product bits {big.bit_length()} low 64 bits {big & (2**64 - 1):x}")


main()
