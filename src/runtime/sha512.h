/* SHA-512 (FIPS 180-4): random.seed() of str/bytes hashes its argument
 * with it, and hashlib can build on it. */
#ifndef FT_SHA512_H
#define FT_SHA512_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t h[8];
    uint64_t total_lo, total_hi; /* message length in bytes (128-bit) */
    unsigned char block[128];
    size_t fill;
} Sha512;

void sha512_init(Sha512 *s);
void sha512_update(Sha512 *s, const void *data, size_t len);
void sha512_final(Sha512 *s, unsigned char digest[64]);
void sha512(const void *data, size_t len, unsigned char digest[64]);

#endif
