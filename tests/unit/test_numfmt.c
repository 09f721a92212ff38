/* numfmt spot checks the CPython-generated suite (tests/numfmt) cannot make:
 * 3.14-only spec syntax, embedded NULs, API details, custom limits. */
#include "numfmt.h"
#include "unit.h"

#include <math.h>

static int same(char *got, const char *want)
{
    int ok = got && strcmp(got, want) == 0;
    if (!ok)
        fprintf(stderr, "  got '%s', want '%s'\n", got ? got : "(null)", want);
    free(got);
    return ok;
}

static char *ffmt(double x, const char *spec)
{
    NumfmtError err = NUMFMT_ERROR_INIT;
    char *s = numfmt_format_float(x, spec, strlen(spec), NULL, &err);
    numfmt_error_clear(&err);
    return s;
}

/* 3.14 (gh-87790): grouping of the fraction digits, from the point on. */
TEST(fraction_grouping)
{
    CHECK(same(ffmt(123456.123456, "_._f"), "123_456.123_456"));
    CHECK(same(ffmt(123456.123456, "_f"), "123_456.123456"));
    CHECK(same(ffmt(123456.123456, "._f"), "123456.123_456"));
    CHECK(same(ffmt(123456.123456, ".4_f"), "123456.123_5"));
    CHECK(same(ffmt(123456.123456, ".4,f"), "123456.123,5"));
    CHECK(same(ffmt(1234.5, ",.,e"), "1.234,500e+03"));
    CHECK(same(ffmt(0.5, ".5_%"), "50.000_00%"));
    NumfmtError err = NUMFMT_ERROR_INIT;
    CHECK(numfmt_format_float(1.0, ".,n", 3, NULL, &err) == NULL);
    CHECK(err.kind == NUMFMT_VALUE_ERROR && strcmp(err.msg, "Cannot specify ',' with 'n'.") == 0);
    numfmt_error_clear(&err);
    CHECK(numfmt_format_float(1.0, "._,f", 4, NULL, &err) == NULL);
    CHECK(strcmp(err.msg, "Cannot specify both ',' and '_'.") == 0);
    numfmt_error_clear(&err);
    CHECK(numfmt_format_float(1.0, ".f", 2, NULL, &err) == NULL);
    CHECK(strcmp(err.msg, "Format specifier missing precision") == 0);
    numfmt_error_clear(&err);
}

TEST(embedded_nul_lengths)
{
    NumfmtError err = NUMFMT_ERROR_INIT;
    mpz_t v;
    mpz_init_set_ui(v, 0);
    size_t n = 99;
    char *s = numfmt_format_int(v, "3c", 2, "int", 4300, &n, &err);
    CHECK(s && n == 3 && s[0] == ' ' && s[1] == ' ' && s[2] == 0);
    free(s);
    const char spec[] = {'\0', '>', '4'};
    s = numfmt_format_str("ab", 2, spec, 3, &n, &err);
    CHECK(s && n == 4 && s[0] == 0 && s[1] == 0 && memcmp(s + 2, "ab", 2) == 0);
    free(s);
    NumfmtPercent f = {.width = 2, .precision = -1};
    s = numfmt_percent_int(v, 'c', &f, 4300, &n, &err);
    CHECK(s && n == 2 && s[0] == ' ' && s[1] == 0);
    free(s);
    mpz_clear(v);
}

TEST(int_limits_and_parse)
{
    NumfmtError err = NUMFMT_ERROR_INIT;
    mpz_t v;
    mpz_init(v);
    CHECK(numfmt_parse_int(v, " -0x_ff ", 8, 0, 4300, &err));
    CHECK(mpz_cmp_si(v, -255) == 0);
    CHECK(numfmt_parse_int(v, "\xd9\xa1\xd9\xa2", 4, 10, 4300, &err)); /* Arabic-Indic 12 */
    CHECK(mpz_cmp_si(v, 12) == 0);
    mpz_ui_pow_ui(v, 10, 700);
    char *s = numfmt_int_to_str(v, 10, false, 700, &err);
    CHECK(s == NULL && err.kind == NUMFMT_VALUE_ERROR);
    numfmt_error_clear(&err);
    s = numfmt_int_to_str(v, 10, false, 701, &err);
    CHECK(s && strlen(s) == 701);
    free(s);
    s = numfmt_int_to_str(v, 10, false, 0, &err); /* 0: no limit */
    CHECK(s != NULL);
    free(s);
    mpz_clear(v);
}

TEST(float_helpers)
{
    NumfmtError err = NUMFMT_ERROR_INIT;
    double r;
    CHECK(numfmt_round(2.675, 2, &r, &err) && r == 2.67);
    CHECK(numfmt_round(0.5, 0, &r, &err) && r == 0.0);
    CHECK(numfmt_round(-0.4, 0, &r, &err) && r == 0.0 && signbit(r));
    CHECK(!numfmt_round(1.7976931348623157e308, -308, &r, &err));
    CHECK(err.kind == NUMFMT_OVERFLOW_ERROR);
    numfmt_error_clear(&err);
    CHECK(numfmt_is_integer(3.0) && !numfmt_is_integer(3.5) && !numfmt_is_integer(INFINITY));
    mpz_t n, d;
    mpz_inits(n, d, NULL);
    CHECK(numfmt_as_integer_ratio(-0.75, n, d, &err));
    CHECK(mpz_cmp_si(n, -3) == 0 && mpz_cmp_ui(d, 4) == 0);
    mpz_set_str(n, "9007199254740993", 10); /* 2**53 + 1: ties to even */
    double x;
    CHECK(numfmt_int_to_double(n, &x, &err) && x == 9007199254740992.0);
    mpz_ui_pow_ui(n, 2, 1024);
    CHECK(!numfmt_int_to_double(n, &x, &err) && err.kind == NUMFMT_OVERFLOW_ERROR);
    numfmt_error_clear(&err);
    mpz_clears(n, d, NULL);
    CHECK(same(numfmt_float_format(-0.0001, 'f', 2, NUMFMT_NO_NEG_0, NULL), "0.00"));
    CHECK(same(numfmt_float_format(1e16, 'r', 0, NUMFMT_ADD_DOT_0, NULL), "1e+16"));
    CHECK(same(numfmt_float_format(12.0, 'g', 6, NUMFMT_ALT | NUMFMT_SIGN, NULL), "+12.0000"));
    CHECK(same(numfmt_float_hex(-0.1), "-0x1.999999999999ap-4"));
}

UNIT_MAIN(fraction_grouping, embedded_nul_lengths, int_limits_and_parse, float_helpers)
