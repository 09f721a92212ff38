/* Reads hash test cases on stdin and prints each hash (tests/hash/run.sh
 * compares them with CPython's): "seed S" sets PYTHONHASHSEED, then
 * "bytes HEX", "str WIDTH HEX" (the str's units, little-endian), "int
 * DECIMAL", "float HEXFLOAT", "complex HEXFLOAT HEXFLOAT". */
#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyhash.h"

static size_t unhex(const char *s, unsigned char *out)
{
    size_t n = 0;
    for (; s[0] && s[1] && s[0] != '\n'; s += 2) {
        unsigned v;
        if (sscanf(s, "%2x", &v) != 1)
            break;
        out[n++] = (unsigned char)v;
    }
    return n;
}

int main(void)
{
    static char line[1 << 16];
    static unsigned char buf[1 << 15];
    while (fgets(line, sizeof line, stdin)) {
        char kind[16];
        int off = 0;
        if (sscanf(line, "%15s %n", kind, &off) != 1)
            continue;
        const char *rest = line + off;
        if (strcmp(kind, "seed") == 0) {
            char seed[32];
            sscanf(rest, "%31s", seed);
            if (hash_init_secret(seed) != 0) {
                printf("error bad seed\n");
                return 1;
            }
            printf("seed %s\n", seed);
        } else if (strcmp(kind, "bytes") == 0) {
            size_t n = unhex(rest, buf);
            printf("%lld\n", (long long)hash_bytes(buf, n));
        } else if (strcmp(kind, "str") == 0) {
            int width, k = 0;
            sscanf(rest, "%d %n", &width, &k);
            size_t n = unhex(rest + k, buf);
            printf("%lld\n", (long long)hash_units(buf, n / (size_t)width, width));
        } else if (strcmp(kind, "int") == 0) {
            mpz_t z;
            char digits[8192];
            sscanf(rest, "%8191s", digits);
            mpz_init_set_str(z, digits, 10);
            printf("%lld\n", (long long)hash_mpz(z));
            if (mpz_fits_slong_p(z) && hash_mpz(z) != hash_int64(mpz_get_si(z)))
                printf("error int64 path disagrees\n");
            mpz_clear(z);
        } else if (strcmp(kind, "float") == 0) {
            printf("%lld\n", (long long)hash_double(strtod(rest, NULL), NULL));
        } else if (strcmp(kind, "complex") == 0) {
            char *end;
            double re = strtod(rest, &end), im = strtod(end, NULL);
            printf("%lld\n", (long long)hash_complex(re, im, NULL));
        }
    }
    return 0;
}
