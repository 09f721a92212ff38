/* Parser checks python3.13 cannot make for us (3.14 syntax: PEP 758
 * except lists, t-strings), node positions, float repr, and a mutation
 * fuzz that must never crash, hang or leak (run it under ASan). */
#include "unit.h"

#include <stdint.h>

#include "compiler/ast_dump.h"
#include "compiler/parser.h"
#include "numfmt.h"

/* The dump of src, or "ERR:<message>" (static buffer). */
static const char *dump(const char *src)
{
    static char out[1 << 16];
    Arena *a = arena_new();
    ParseError err;
    AstModule *m = parse_file(a, src, strlen(src), "<test>", &err);
    if (m) {
        FILE *f = fmemopen(out, sizeof out, "w");
        ast_dump_module(f, m);
        fclose(f);
    } else {
        snprintf(out, sizeof out, "ERR:%s", err.msg);
    }
    arena_free(a);
    return out;
}

#define CHECK_DUMP(src, want)                                               \
    do {                                                                    \
        const char *got_ = dump(src);                                       \
        if (strcmp(got_, want) != 0) {                                      \
            fprintf(stderr, "  %s:%d: %s\n    got  %s\n    want %s\n",       \
                    __FILE__, __LINE__, #src, got_, want);                  \
            __atomic_fetch_add(&unit_failed_checks, 1, __ATOMIC_RELAXED);   \
        }                                                                   \
    } while (0)

TEST(pep758_except)
{
    CHECK_DUMP("try:\n    pass\nexcept A, B:\n    pass\n",
               "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=["
               "Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), "
               "body=[Pass()])])])");
    CHECK_DUMP("try:\n    pass\nexcept A, B as e:\n    pass\n",
               "ERR:multiple exception types must be parenthesized");
}

TEST(tstrings)
{
    CHECK_DUMP("t'a{b!r}'\n",
               "Module(body=[Expr(value=TemplateStr(values=[Constant(value='a'), "
               "Interpolation(value=Name(id='b', ctx=Load()), str='b', conversion=114)]))])");
    CHECK_DUMP("t'{x}' 'y'\n", "ERR:cannot mix t-string literals with string or bytes literals");
}

TEST(positions)
{
    const char *src = "x = 1\nf(a, b=2)[0].c + 'é'\n";
    Arena *a = arena_new();
    ParseError err;
    AstModule *m = parse_file(a, src, strlen(src), "<test>", &err);
    CHECK(m != NULL);
    if (!m) {
        arena_free(a);
        return;
    }
    AstStmt *s = m->body.items[1];
    AstExpr *bin = s->v.ret.value;
    CHECK_EQ_LL(bin->kind, AST_BinOp);
    CHECK_EQ_LL(bin->loc.lineno, 2);
    CHECK_EQ_LL(bin->loc.col_offset, 0);
    CHECK_EQ_LL(bin->loc.end_col_offset, 21);   /* bytes: "é" is two */
    AstExpr *attr = bin->v.binop.left;
    CHECK_EQ_LL(attr->kind, AST_Attribute);
    CHECK_EQ_LL(attr->loc.end_col_offset, 14);
    AstExpr *call = attr->v.attribute.value->v.subscript.value;
    CHECK_EQ_LL(call->kind, AST_Call);
    CHECK_EQ_LL(call->loc.end_col_offset, 9);
    arena_free(a);
}

TEST(float_reprs)
{
    static const struct { double x; const char *r; } cases[] = {
        {0.0, "0.0"}, {-0.0, "-0.0"}, {1.0, "1.0"}, {0.1, "0.1"}, {1e16, "1e+16"},
        {1e15, "1000000000000000.0"}, {1.5e-5, "1.5e-05"}, {1e-4, "0.0001"},
        {123456789012345.6, "123456789012345.6"}, {1.7976931348623157e308, "1.7976931348623157e+308"},
        {5e-324, "5e-324"}, {1.0 / 3, "0.3333333333333333"},
        /* a power of two whose shortest digits are the upper neighbour of
         * the nearest 16-digit string */
        {0x1p-705, "5.940911144672375e-213"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *r = numfmt_float_format(cases[i].x, 'r', 0, NUMFMT_ADD_DOT_0, NULL);
        if (strcmp(r, cases[i].r) != 0) {
            fprintf(stderr, "  repr: got %s want %s\n", r, cases[i].r);
            CHECK(0);
        }
        free(r);
    }
    char *r = numfmt_float_format(1.0, 'r', 0, 0, NULL);
    CHECK(strcmp(r, "1") == 0);
    free(r);
}

TEST(too_deep)
{
    size_t n = 20000;
    char *src = malloc(n + 8);
    memset(src, '-', n);
    strcpy(src + n, "1\n");
    CHECK(strncmp(dump(src), "ERR:Parser stack overflowed", 27) == 0);
    for (size_t i = 0; i < n / 2; i++)
        memcpy(src + 2 * i, "~(", 2);
    CHECK(strncmp(dump(src), "ERR:", 4) == 0);
    free(src);
}

/* Mutates a corpus of tricky snippets; any result is fine as long as the
 * parser returns (ASan/UBSan builds check memory). */
TEST(mutation_fuzz)
{
    static const char *const seeds[] = {
        "def f[T: int](a, /, b=1, *c: *Ts, d, **e) -> None:\n    return (yield from x)\n",
        "match p:\n    case [1, *r] | {'k': v, **kw} | C(a, b=2) as z if z:\n        pass\n",
        "x = f'{a!r:>{w}.{p}} {b=} {{}}' rb'\\x00' '\\N{EM SPACE}'\n",
        "async def g():\n    async with a as (b, c), d:\n        await e\n    return [x async for x in y if x]\n",
        "try:\n    pass\nexcept* (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
        "@dec\nclass A(B, metaclass=M):\n    x: int = 1\n    type T[U] = list[U]\n",
        "lambda a, *b, c=1, **d: (a := b) if c else {**d, 'e': [*b]}\n",
    };
    static const char *const bits[] = {
        "(", ")", "[", "]", "{", "}", ":", ",", "=", "if ", "else ", "lambda ", "*", "**",
        "'", "\"", "\\", "f'{", "\n", "    ", "match ", "case ", ":=", "@", "await ",
        "yield ", "not ", "for ", " in ", ".", "!r", "#", "\t", ";", "->", "|", "é",
    };
    uint64_t rng = 88172645463325252ull;
    char buf[1024];
    for (int iter = 0; iter < 20000; iter++) {
        const char *s = seeds[iter % (sizeof seeds / sizeof *seeds)];
        size_t n = strlen(s);
        memcpy(buf, s, n + 1);
        int muts = 1 + (int)(rng % 3);
        for (int k = 0; k < muts; k++) {
            rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
            size_t pos = (size_t)(rng % (n + 1));
            if (rng & 0x100) {
                size_t del = 1 + (rng >> 9) % 4;
                if (pos + del > n)
                    del = n - pos;
                memmove(buf + pos, buf + pos + del, n - pos - del + 1);
                n -= del;
            } else {
                const char *b = bits[(rng >> 9) % (sizeof bits / sizeof *bits)];
                size_t bl = strlen(b);
                if (n + bl + 1 >= sizeof buf)
                    continue;
                memmove(buf + pos + bl, buf + pos, n - pos + 1);
                memcpy(buf + pos, b, bl);
                n += bl;
            }
        }
        dump(buf);
    }
    CHECK(1);
}

UNIT_MAIN(pep758_except, tstrings, positions, float_reprs, too_deep, mutation_fuzz)
