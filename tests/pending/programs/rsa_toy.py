# Program: a toy RSA implementation with big ints - Miller-Rabin, key generation from an LCG, CRT, signing
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state
    def bits(self, n):
        out = 0
        for _ in range((n + 63) // 64):
            out = (out << 64) | self.next()
        return out >> ((n + 63) // 64 * 64 - n)

SMALL_PRIMES = [p for p in range(3, 200) if all(p % q for q in range(2, int(p ** 0.5) + 1))]

def is_probable_prime(n, rng, rounds=12):
    if n < 2:
        return False
    for p in [2] + SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = 2 + rng.bits(64) % (n - 3)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

def gen_prime(bits, rng):
    tries = 0
    while True:
        tries += 1
        candidate = rng.bits(bits) | (1 << (bits - 1)) | 1
        if is_probable_prime(candidate, rng):
            return candidate, tries

def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0

def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m

class KeyPair:
    def __init__(self, bits, seed, e=65537):
        rng = LCG(seed)
        while True:
            p, tp = gen_prime(bits // 2, rng)
            q, tq = gen_prime(bits // 2, rng)
            phi = (p - 1) * (q - 1)
            if p != q and egcd(e, phi)[0] == 1:
                break
        self.p, self.q, self.e = p, q, e
        self.n = p * q
        self.d = modinv(e, phi)
        self.dp, self.dq = self.d % (p - 1), self.d % (q - 1)
        self.qinv = modinv(q, p)
        self.tries = (tp, tq)
    def encrypt(self, m):
        if not 0 <= m < self.n:
            raise ValueError("message out of range")
        return pow(m, self.e, self.n)
    def decrypt(self, c):
        return pow(c, self.d, self.n)
    def decrypt_crt(self, c):
        m1 = pow(c, self.dp, self.p)
        m2 = pow(c, self.dq, self.q)
        h = (self.qinv * (m1 - m2)) % self.p
        return m2 + h * self.q
    def sign(self, digest):
        return self.decrypt_crt(digest % self.n)
    def verify(self, digest, sig):
        return pow(sig, self.e, self.n) == digest % self.n

def text_to_int(s):
    return int.from_bytes(s.encode("utf-8"), "big")

def int_to_text(n):
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode("utf-8")

def toy_hash(data):
    h = 0xcbf29ce484222325
    for b in data.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001b3) % (1 << 64)
    return h

print("small primes:", SMALL_PRIMES[:10], "...", len(SMALL_PRIMES))
rng = LCG(7)
checks = [561, 1105, 7919, 2 ** 61 - 1, 2 ** 64 + 1, 2 ** 89 - 1, 1000003 * 1000033, 2 ** 127 - 1]
print("primality:", [(n if n < 10 ** 8 else f"2^{n.bit_length()}~", is_probable_prime(n, rng)) for n in checks])
print("modinv:", modinv(3, 11), modinv(17, 3120), modinv(65537, 2 ** 64 - 59))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)

for bits, seed in ((64, 1), (128, 42), (256, 2024)):
    key = KeyPair(bits, seed)
    print(f"--- {bits}-bit key (seed {seed}) ---")
    print("p =", key.p)
    print("q =", key.q)
    print("n =", key.n, f"({key.n.bit_length()} bits)", "tries:", key.tries)
    print("d =", key.d)
    print("e*d mod phi == 1:", key.e * key.d % ((key.p - 1) * (key.q - 1)) == 1)
    for msg in ("hi", "RSA!", "ftpy"):
        m = text_to_int(msg)
        if m >= key.n:
            print(f"  {msg!r}: too long for this key")
            continue
        c = key.encrypt(m)
        p1, p2 = key.decrypt(c), key.decrypt_crt(c)
        print(f"  {msg!r}: m={m} c={c} -> {int_to_text(p1)!r} crt_ok={p1 == p2}")
    digest = toy_hash("the quick brown fox")
    sig = key.sign(digest)
    print("  signature valid:", key.verify(digest, sig), "| tampered valid:", key.verify(toy_hash("the quick brown fax"), sig))

key = KeyPair(256, 99)
message = "Attack at dawn, bring 12 big integers."
block = (key.n.bit_length() - 1) // 8
data = message.encode("utf-8")
chunks = [data[i:i + block] for i in range(0, len(data), block)]
cipher = [key.encrypt(int.from_bytes(c, "big")) for c in chunks]
print("blocks:", len(chunks), "block size:", block)
plain = b"".join(key.decrypt_crt(c).to_bytes(len(ch), "big") for c, ch in zip(cipher, chunks))
print("decrypted:", plain.decode("utf-8"))
print("homomorphic:", key.decrypt(key.encrypt(6) * key.encrypt(7) % key.n))
try:
    key.encrypt(key.n)
except ValueError as e:
    print("ValueError:", e)
print("hash values:", hex(toy_hash("")), hex(toy_hash("a")), toy_hash("ftpy") % 1000)

def fermat_test(n, bases=(2, 3, 5, 7)):
    return all(pow(a, n - 1, n) == 1 for a in bases if a % n)
carmichael = [561, 1105, 1729, 2465, 2821, 6601, 8911]
print("fermat base-2 fooled by:", [c for c in carmichael if pow(2, c - 1, c) == 1])
print("fermat multi-base:", [fermat_test(c) for c in carmichael], "miller-rabin:", [is_probable_prime(c, LCG(3)) for c in carmichael])
