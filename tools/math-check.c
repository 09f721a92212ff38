/* math-check: runs mathcore on test lines from stdin ("func arg...", floats
 * as float.hex(), ints in decimal) and prints "ok RESULT" or "error Kind: msg". */
#include "mathcore.h"
#include "numfmt.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Results: floats as float.hex() with every NaN as "nan", ints in decimal,
 * bools as True/False, bytes as "b:" and hex digits, tuples space-separated.
 * Two-vector functions (dist, sumprod) separate the vectors with "|". */

#define MAXARGS 4096

static char *args[MAXARGS];
static int nargs;

static bool is_float_text(const char *s)
{
    if (*s == '-' || *s == '+')
        s++;
    return strncmp(s, "0x", 2) == 0 || strcmp(s, "inf") == 0 ||
           strcmp(s, "nan") == 0;
}

static double fl(const char *s)
{
    if (!is_float_text(s)) { /* an int where a float goes: float(int) */
        mpz_t z;
        mpz_init_set_str(z, s, 10);
        double d = HUGE_VAL;
        MathcError err = MATHC_ERROR_INIT;
        mathc_int_to_double(z, &d, &err);
        mpz_clear(z);
        return d;
    }
    double d = 0.0;
    NumfmtError e = NUMFMT_ERROR_INIT;
    if (!numfmt_float_fromhex(s, strlen(s), &d, &e)) {
        fprintf(stderr, "math-check: bad float %s\n", s);
        exit(2);
    }
    numfmt_error_clear(&e);
    return d;
}

static void put_float(double x)
{
    if (isnan(x)) {
        fputs("nan", stdout);
        return;
    }
    char *s = numfmt_float_hex(x);
    fputs(s, stdout);
    free(s);
}

static void put_int(mpz_srcptr z)
{
    char *s = mpz_get_str(NULL, 10, z);
    fputs(s, stdout);
    free(s);
}

static void put_error(const MathcError *err)
{
    printf("error %s: %s", mathc_error_name(err->kind), err->msg);
}

/* x by address: the call that fills it is another argument of ours, and
 * argument evaluation order is unspecified. */
static void ok_float(bool ok, const double *x, const MathcError *err)
{
    if (!ok) {
        put_error(err);
        return;
    }
    fputs("ok ", stdout);
    put_float(*x);
}

static void ok_int(bool ok, mpz_srcptr z, const MathcError *err)
{
    if (!ok) {
        put_error(err);
        return;
    }
    fputs("ok ", stdout);
    put_int(z);
}

/* The float-or-int argument of log and friends: CPython's loghelper. */
static bool log_arg(MathcF1 f, const char *s, double *out, MathcError *err)
{
    if (is_float_text(s))
        return mathc_f1(f, fl(s), out, err);
    mpz_t z;
    mpz_init_set_str(z, s, 10);
    bool ok = mathc_log_int(f, z, out, err);
    mpz_clear(z);
    return ok;
}

/* Splits args[1..] at "|" into two float vectors. */
static size_t two_vectors(double **p, double **q, size_t *nq)
{
    int bar = 1;
    while (bar < nargs && strcmp(args[bar], "|") != 0)
        bar++;
    size_t np = (size_t)(bar - 1);
    *nq = (size_t)(nargs - bar - 1);
    *p = malloc((np + 1) * sizeof **p);
    *q = malloc((*nq + 1) * sizeof **q);
    for (size_t i = 0; i < np; i++)
        (*p)[i] = fl(args[1 + i]);
    for (size_t i = 0; i < *nq; i++)
        (*q)[i] = fl(args[bar + 1 + i]);
    return np;
}

/* sumprod with ints ("True"/"False" for bools) and floats mixed; an
 * all-float input also goes through mathc_sumprod, which must agree. */
static void sumprod(void)
{
    MathcReal *v = calloc((size_t)nargs, sizeof *v);
    mpz_t *z = calloc((size_t)nargs, sizeof *z);
    int bar = 1;
    bool all_float = true;
    for (int k = 1; k < nargs; k++) {
        const char *s = args[k];
        mpz_init(z[k]);
        if (!strcmp(s, "|")) {
            bar = k;
            continue;
        }
        v[k].i = z[k];
        if (is_float_text(s)) {
            v[k].is_float = true;
            v[k].f = fl(s);
            continue;
        }
        all_float = false;
        if (!strcmp(s, "True") || !strcmp(s, "False")) {
            v[k].is_bool = true;
            mpz_set_ui(z[k], s[0] == 'T');
        } else {
            mpz_set_str(z[k], s, 10);
        }
    }
    size_t np = (size_t)(bar - 1), nq = (size_t)(nargs - bar - 1);
    MathcError err = MATHC_ERROR_INIT;
    bool is_float = false;
    double r = 0.0;
    mpz_t out;
    mpz_init(out);
    if (!mathc_sumprod_mixed(v + 1, np, v + bar + 1, nq, &is_float, &r, out,
                             &err)) {
        put_error(&err);
    } else if (is_float) {
        if (all_float && np > 0) {
            double *a = malloc(np * sizeof *a), *b = malloc(np * sizeof *b);
            for (size_t k = 0; k < np; k++) {
                a[k] = v[1 + k].f;
                b[k] = v[bar + 1 + k].f;
            }
            double r2 = mathc_sumprod(a, b, np);
            if (memcmp(&r, &r2, sizeof r) != 0 && !(isnan(r) && isnan(r2)))
                fputs("mathc_sumprod disagrees: ", stdout);
            free(a);
            free(b);
        }
        ok_float(true, &r, &err);
    } else {
        ok_int(true, out, &err);
    }
    mpz_clear(out);
    for (int k = 1; k < nargs; k++)
        mpz_clear(z[k]);
    free(z);
    free(v);
}

static void run(void)
{
    const char *f = args[0];
    MathcError err = MATHC_ERROR_INIT;
    double r = 0.0, r2 = 0.0;
    bool ok = true;
    mpz_t a, b;
    mpz_inits(a, b, NULL);
    int f1 = mathc_f1_lookup(f);

    if ((f1 == MATHC_LOG || f1 == MATHC_LOG2 || f1 == MATHC_LOG10) &&
        nargs >= 2) {
        ok = log_arg((MathcF1)f1, args[1], &r, &err);
        if (ok && nargs == 3) {
            double den;
            ok = log_arg((MathcF1)f1, args[2], &den, &err) &&
                 mathc_float_truediv(r, den, &r, &err);
        }
        ok_float(ok, &r, &err);
    } else if (f1 >= 0 && nargs == 2) {
        ok = mathc_f1((MathcF1)f1, fl(args[1]), &r, &err);
        ok_float(ok, &r, &err);
    } else if (!strcmp(f, "ceil") || !strcmp(f, "floor") ||
               !strcmp(f, "trunc") || !strcmp(f, "float_to_int")) {
        double x = fl(args[1]);
        ok = !strcmp(f, "ceil") ? mathc_ceil(x, a, &err)
             : !strcmp(f, "floor") ? mathc_floor(x, a, &err)
             : mathc_float_to_int(x, a, &err);
        ok_int(ok, a, &err);
    } else if (!strcmp(f, "const")) {
        const char *name = args[1];
        r = !strcmp(name, "pi") ? MATHC_PI : !strcmp(name, "e") ? MATHC_E
            : !strcmp(name, "tau") ? MATHC_TAU : !strcmp(name, "inf") ? INFINITY
            : fabs(NAN);
        ok_float(true, &r, &err);
    } else if (!strcmp(f, "atan2")) {
        ok_float(mathc_atan2(fl(args[1]), fl(args[2]), &r, &err), &r, &err);
    } else if (!strcmp(f, "copysign")) {
        r = mathc_copysign(fl(args[1]), fl(args[2]));
        ok_float(true, &r, &err);
    } else if (!strcmp(f, "remainder")) {
        ok_float(mathc_remainder(fl(args[1]), fl(args[2]), &r, &err), &r, &err);
    } else if (!strcmp(f, "fmod")) {
        ok_float(mathc_fmod(fl(args[1]), fl(args[2]), &r, &err), &r, &err);
    } else if (!strcmp(f, "pow")) {
        ok_float(mathc_pow(fl(args[1]), fl(args[2]), &r, &err), &r, &err);
    } else if (!strcmp(f, "fma")) {
        ok_float(mathc_fma(fl(args[1]), fl(args[2]), fl(args[3]), &r, &err),
                 &r, &err);
    } else if (!strcmp(f, "ldexp")) {
        /* PyLong_AsLongAndOverflow, clamped */
        mpz_set_str(a, args[2], 10);
        long e = mpz_fits_slong_p(a) ? mpz_get_si(a)
                 : mpz_sgn(a) < 0 ? LONG_MIN : LONG_MAX;
        ok_float(mathc_ldexp(fl(args[1]), e, &r, &err), &r, &err);
    } else if (!strcmp(f, "frexp")) {
        int e;
        mathc_frexp(fl(args[1]), &r, &e);
        fputs("ok ", stdout);
        put_float(r);
        printf(" %d", e);
    } else if (!strcmp(f, "modf")) {
        mathc_modf(fl(args[1]), &r, &r2);
        fputs("ok ", stdout);
        put_float(r);
        putchar(' ');
        put_float(r2);
    } else if (!strcmp(f, "isclose")) {
        bool res = false;
        ok = mathc_isclose(fl(args[1]), fl(args[2]), fl(args[3]), fl(args[4]),
                           &res, &err);
        if (ok)
            printf("ok %s", res ? "True" : "False");
        else
            put_error(&err);
    } else if (!strcmp(f, "isfinite") || !strcmp(f, "isinf") ||
               !strcmp(f, "isnan")) {
        double x = fl(args[1]);
        bool res = f[2] == 'f' ? isfinite(x) : f[2] == 'i' ? isinf(x) : isnan(x);
        printf("ok %s", res ? "True" : "False");
    } else if (!strcmp(f, "nextafter")) {
        if (nargs == 3) {
            r = mathc_nextafter(fl(args[1]), fl(args[2]));
            ok_float(true, &r, &err);
        } else {
            mpz_set_str(a, args[3], 10);
            ok = mathc_nextafter_steps(fl(args[1]), fl(args[2]), a, &r, &err);
            ok_float(ok, &r, &err);
        }
    } else if (!strcmp(f, "hypot") || !strcmp(f, "fsum")) {
        size_t n = (size_t)(nargs - 1);
        double *v = malloc((n + 1) * sizeof *v);
        for (size_t i = 0; i < n; i++)
            v[i] = fl(args[1 + i]);
        if (f[0] == 'h') {
            r = mathc_hypot(v, n);
            ok = true;
        } else {
            ok = mathc_fsum(v, n, &r, &err);
        }
        ok_float(ok, &r, &err);
        free(v);
    } else if (!strcmp(f, "sumprod")) {
        sumprod();
    } else if (!strcmp(f, "dist")) {
        double *p, *q;
        size_t nq, np = two_vectors(&p, &q, &nq);
        if (np != nq)
            fputs("error ValueError: both points must have the same number "
                  "of dimensions", stdout);
        else {
            r = mathc_dist(p, q, np);
            ok_float(true, &r, &err);
        }
        free(p);
        free(q);
    } else if (!strcmp(f, "float_truediv")) {
        ok_float(mathc_float_truediv(fl(args[1]), fl(args[2]), &r, &err), &r, &err);
    } else if (!strcmp(f, "float_floordiv")) {
        ok_float(mathc_float_floordiv(fl(args[1]), fl(args[2]), &r, &err), &r, &err);
    } else if (!strcmp(f, "float_mod")) {
        ok_float(mathc_float_mod(fl(args[1]), fl(args[2]), &r, &err), &r, &err);
    } else if (!strcmp(f, "float_divmod")) {
        if (mathc_float_divmod(fl(args[1]), fl(args[2]), &r, &r2, &err)) {
            fputs("ok ", stdout);
            put_float(r);
            putchar(' ');
            put_float(r2);
        } else {
            put_error(&err);
        }
    } else if (!strcmp(f, "float_pow")) {
        bool cx = false;
        ok = mathc_float_pow(fl(args[1]), fl(args[2]), &r, &cx, &err);
        if (ok && cx)
            fputs("ok complex", stdout);
        else
            ok_float(ok, &r, &err);
    } else {
        /* int functions: every argument an int */
        mpz_t v[64];
        int n = nargs - 1 < 64 ? nargs - 1 : 64;
        for (int i = 0; i < n; i++)
            mpz_init_set_str(v[i], args[1 + i], 10);
        if (!strcmp(f, "factorial")) {
            ok_int(mathc_factorial(a, v[0], &err), a, &err);
        } else if (!strcmp(f, "comb")) {
            ok_int(mathc_comb(a, v[0], v[1], &err), a, &err);
        } else if (!strcmp(f, "perm")) {
            ok_int(mathc_perm(a, v[0], n > 1 ? v[1] : NULL, &err), a, &err);
        } else if (!strcmp(f, "gcd") || !strcmp(f, "lcm")) {
            mpz_srcptr pv[64];
            for (int i = 0; i < n; i++)
                pv[i] = v[i];
            if (f[0] == 'g')
                mathc_gcd(a, pv, (size_t)n);
            else
                mathc_lcm(a, pv, (size_t)n);
            ok_int(true, a, &err);
        } else if (!strcmp(f, "isqrt")) {
            ok_int(mathc_isqrt(a, v[0], &err), a, &err);
        } else if (!strcmp(f, "bit_length") || !strcmp(f, "bit_count")) {
            printf("ok %llu", (unsigned long long)(f[4] == 'l'
                                  ? mathc_bit_length(v[0])
                                  : mathc_bit_count(v[0])));
        } else if (!strcmp(f, "to_bytes")) {
            /* to_bytes v length little(0/1) signed(0/1) */
            int64_t len = mpz_get_si(v[1]);
            unsigned char *buf = malloc(len > 0 ? (size_t)len : 1);
            ok = mathc_to_bytes(v[0], len, mpz_get_si(v[2]) != 0,
                                mpz_get_si(v[3]) != 0, buf, &err);
            if (ok) {
                fputs("ok b:", stdout);
                for (int64_t i = 0; i < len; i++)
                    printf("%02x", buf[i]);
            } else {
                put_error(&err);
            }
            free(buf);
        } else if (!strcmp(f, "from_bytes")) {
            /* from_bytes <bytes as a decimal int, big-endian, with a leading
             * 1 byte> little signed */
            size_t cnt = 0;
            unsigned char *buf = mpz_export(NULL, &cnt, 1, 1, 0, 0, v[0]);
            mathc_from_bytes(a, buf + 1, cnt - 1, mpz_get_si(v[1]) != 0,
                             mpz_get_si(v[2]) != 0);
            free(buf);
            ok_int(true, a, &err);
        } else if (!strcmp(f, "powmod")) {
            ok_int(mathc_powmod(a, v[0], v[1], v[2], &err), a, &err);
        } else if (!strcmp(f, "int_floordiv")) {
            ok_int(mathc_int_floordiv(a, v[0], v[1], &err), a, &err);
        } else if (!strcmp(f, "int_mod")) {
            ok_int(mathc_int_mod(a, v[0], v[1], &err), a, &err);
        } else if (!strcmp(f, "int_divmod")) {
            ok = mathc_int_divmod(a, b, v[0], v[1], &err);
            ok_int(ok, a, &err);
            if (ok) {
                putchar(' ');
                put_int(b);
            }
        } else if (!strcmp(f, "int_truediv")) {
            ok_float(mathc_int_truediv(v[0], v[1], &r, &err), &r, &err);
        } else if (!strcmp(f, "int_to_float")) {
            ok_float(mathc_int_to_double(v[0], &r, &err), &r, &err);
        } else {
            printf("error unknown function %s", f);
        }
        for (int i = 0; i < n; i++)
            mpz_clear(v[i]);
    }
    putchar('\n');
    mpz_clears(a, b, NULL);
}

int main(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    while ((got = getline(&line, &cap, stdin)) > 0) {
        if (line[got - 1] == '\n')
            line[got - 1] = 0;
        nargs = 0;
        for (char *tok = strtok(line, " "); tok && nargs < MAXARGS;
             tok = strtok(NULL, " "))
            args[nargs++] = tok;
        if (nargs == 0) {
            putchar('\n');
            continue;
        }
        run();
    }
    free(line);
    return 0;
}
