/* SipHash-1-3 keyed by the process secret, and the numeric hash defined in
 * the Python reference ("Hashing of numeric types"): for a rational m/n,
 * hash = m * inverse(n) modulo P = 2**61 - 1, with sign, -1 mapped to -2. */
#include "pyhash.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

/* 24 bytes as CPython lays its secret out; SipHash uses the first 16. */
static unsigned char hash_secret[24];

static void lcg_fill(uint32_t seed, unsigned char *buf, size_t n)
{
    /* The generator CPython documents for PYTHONHASHSEED=N. */
    uint32_t x = seed;
    for (size_t i = 0; i < n; i++) {
        x = x * 214013u + 2531011u;
        buf[i] = (unsigned char)((x >> 16) & 0xff);
    }
}

int hash_init_secret(const char *seed)
{
    if (seed && *seed && strcmp(seed, "random") != 0) {
        char *end;
        errno = 0;
        unsigned long v = strtoul(seed, &end, 10);
        if (*end || errno || v > 4294967295ul || seed[0] == '-' || seed[0] == '+')
            return -1;
        memset(hash_secret, 0, sizeof hash_secret);
        if (v != 0)
            lcg_fill((uint32_t)v, hash_secret, sizeof hash_secret);
        return 0;
    }
    size_t got = 0;
    while (got < sizeof hash_secret) {
        ssize_t r = getrandom(hash_secret + got, sizeof hash_secret - got, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        got += (size_t)r;
    }
    return 0;
}

static inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

#define SIPROUND(v0, v1, v2, v3)                                         \
    do {                                                                 \
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);        \
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;                           \
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;                           \
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);        \
    } while (0)

static uint64_t load_le64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char *p, size_t n)
{
    uint64_t v0 = k0 ^ 0x736f6d6570736575ull, v1 = k1 ^ 0x646f72616e646f6dull;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ull, v3 = k1 ^ 0x7465646279746573ull;
    uint64_t b = (uint64_t)n << 56;
    for (; n >= 8; n -= 8, p += 8) {
        uint64_t m = load_le64(p);
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    for (size_t i = 0; i < n; i++)
        b |= (uint64_t)p[i] << (8 * i);
    v3 ^= b;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

hash_t hash_bytes(const void *data, size_t len)
{
    if (len == 0)
        return 0;
    uint64_t h = siphash13(load_le64(hash_secret), load_le64(hash_secret + 8), data, len);
    hash_t x = (hash_t)h;
    return x == -1 ? -2 : x;
}

hash_t hash_units(const void *data, size_t len, int width)
{
    /* The representation's bytes in memory order (little-endian here),
     * which is what CPython hashes. */
    return hash_bytes(data, len * (size_t)width);
}

hash_t hash_int64(int64_t v)
{
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    hash_t x = (hash_t)(a % HASH_MODULUS);
    if (v < 0)
        x = -x;
    return x == -1 ? -2 : x;
}

hash_t hash_mpz(mpz_srcptr v)
{
    hash_t x = (hash_t)mpz_tdiv_ui(v, HASH_MODULUS); /* of |v| */
    if (mpz_sgn(v) < 0)
        x = -x;
    return x == -1 ? -2 : x;
}

hash_t hash_pointer(const void *p)
{
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof y - 4));
    hash_t x = (hash_t)y;
    return x == -1 ? -2 : x;
}

hash_t hash_double(double v, const void *identity)
{
    if (isinf(v))
        return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v))
        return hash_pointer(identity);
    int e, sign = 1;
    double m = frexp(v, &e);
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    /* Consume the mantissa 28 bits at a time, multiplying the running
     * value by 2**28 modulo P (a rotation of the 61-bit word). */
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    /* Multiply by 2**e modulo P: 2**61 == 1, so rotate by e mod 61. */
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    hash_t r = (hash_t)x * sign;
    return r == -1 ? -2 : r;
}

hash_t hash_complex(double re, double im, const void *identity)
{
    uint64_t hr = (uint64_t)hash_double(re, identity);
    uint64_t hi = (uint64_t)hash_double(im, identity);
    hash_t r = (hash_t)(hr + HASH_IMAG * hi);
    return r == -1 ? -2 : r;
}
