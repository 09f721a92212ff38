/* Python's hash functions, bit for bit as CPython computes them: SipHash-1-3
 * over the bytes of str (in its 1/2/4-byte representation) and bytes, keyed
 * by the per-process secret (PYTHONHASHSEED), and the modular hash of
 * numbers (int, float, complex; equal numbers hash equal across types). */
#ifndef FT_PYHASH_H
#define FT_PYHASH_H

#include <gmp.h>
#include <stddef.h>
#include <stdint.h>

/* Python's hash values are signed machine words; -1 is never a hash. */
typedef int64_t hash_t;

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1) /* sys.hash_info.modulus */
#define HASH_INF 314159                                 /* sys.hash_info.inf */
#define HASH_IMAG 1000003                               /* sys.hash_info.imag */

/* Sets the secret from PYTHONHASHSEED's value: NULL or "random" draws it
 * from the OS, "0" disables randomisation (all-zero key), "N" (1 to
 * 4294967295) derives it as CPython does. Returns -1 for an invalid value
 * (CPython's "PYTHONHASHSEED must be \"random\" or an integer in range
 * [0; 4294967295]"). Call once at startup, before any hashing. */
int hash_init_secret(const char *pythonhashseed);

/* hash(bytes) and hash(str): data holds len units of width bytes each
 * (1, 2 or 4: the str's representation). 0 for an empty string. */
hash_t hash_bytes(const void *data, size_t len);
hash_t hash_units(const void *data, size_t len, int width);

/* Numbers. A NaN hashes as its object identity (hash_pointer). */
hash_t hash_int64(int64_t v);
hash_t hash_mpz(mpz_srcptr v);
hash_t hash_double(double v, const void *identity);
hash_t hash_complex(double re, double im, const void *identity);
/* The default object hash: the address, rotated so alignment zeros do not
 * cluster. */
hash_t hash_pointer(const void *p);

#endif
