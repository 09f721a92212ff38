/* SHA-512 against FIPS 180-4's example digests, in one piece and fed in
 * uneven chunks. */
#include "unit.h"

#include "sha512.h"

static void hex(const unsigned char *d, char *out)
{
    for (int i = 0; i < 64; i++)
        sprintf(out + 2 * i, "%02x", d[i]);
}

TEST(sha512_known_digests)
{
    static const struct { const char *msg, *digest; } cases[] = {
        {"", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"},
        {"abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
        {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        unsigned char d[64];
        char h[129];
        sha512(cases[i].msg, strlen(cases[i].msg), d);
        hex(d, h);
        CHECK(strcmp(h, cases[i].digest) == 0);
        /* the same message in chunks of 1, 2, 3, ... bytes */
        Sha512 s;
        sha512_init(&s);
        size_t len = strlen(cases[i].msg), pos = 0;
        for (size_t step = 1; pos < len; step++) {
            size_t take = step < len - pos ? step : len - pos;
            sha512_update(&s, cases[i].msg + pos, take);
            pos += take;
        }
        sha512_final(&s, d);
        hex(d, h);
        CHECK(strcmp(h, cases[i].digest) == 0);
    }
}

TEST(sha512_million_a)
{
    static char block[1000];
    memset(block, 'a', sizeof block);
    Sha512 s;
    sha512_init(&s);
    for (int i = 0; i < 1000; i++)
        sha512_update(&s, block, sizeof block);
    unsigned char d[64];
    char h[129];
    sha512_final(&s, d);
    hex(d, h);
    CHECK(strcmp(h, "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b") == 0);
}

UNIT_MAIN(sha512_known_digests, sha512_million_a)
