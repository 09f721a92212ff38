/* complex: a pair of doubles. Arithmetic (CPython 3.14's rules: real
 * operands mix componentwise, C99 Annex G recovery of infinities), pow,
 * repr, parsing complex('1+2j'), the type object. */
#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "num_internal.h"
#include "strobj.h"
#include "tupleobj.h"
#include "unicode_db.h"

typedef struct {
    double re, im;
} Cplx;

static inline Cplx cval(Value v)
{
    ComplexObj *c = (ComplexObj *)val_as_obj(v);
    return (Cplx){c->re, c->im};
}

/* ---- construction -------------------------------------------------------- */

static Value complex_new_of_type(Type *t, double re, double im)
{
    ComplexObj *c = (ComplexObj *)obj_alloc(t, 0);
    if (!c)
        return VAL_NULL;
    c->re = re;
    c->im = im;
    return val_from_obj(&c->base);
}

Value complex_new(double re, double im)
{
    return complex_new_of_type(&Complex_Type, re, im);
}

static void complex_dealloc(Object *o)
{
    obj_free(o);
}

/* ---- the arithmetic of C99 Annex G / CPython's _Py_c_* --------------------- */

static Cplx c_prod(Cplx z, Cplx w)
{
    double a = z.re, b = z.im, c = w.re, d = w.im;
    double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
    Cplx r = {ac - bd, ad + bc};
    /* Infinities computed as nan+nanj are recovered (Annex G.5.1). */
    if (isnan(r.re) && isnan(r.im)) {
        bool recalc = false;
        if (isinf(a) || isinf(b)) {
            a = copysign(isinf(a) ? 1.0 : 0.0, a);
            b = copysign(isinf(b) ? 1.0 : 0.0, b);
            if (isnan(c))
                c = copysign(0.0, c);
            if (isnan(d))
                d = copysign(0.0, d);
            recalc = true;
        }
        if (isinf(c) || isinf(d)) {
            c = copysign(isinf(c) ? 1.0 : 0.0, c);
            d = copysign(isinf(d) ? 1.0 : 0.0, d);
            if (isnan(a))
                a = copysign(0.0, a);
            if (isnan(b))
                b = copysign(0.0, b);
            recalc = true;
        }
        if (!recalc && (isinf(ac) || isinf(bd) || isinf(ad) || isinf(bc))) {
            if (isnan(a))
                a = copysign(0.0, a);
            if (isnan(b))
                b = copysign(0.0, b);
            if (isnan(c))
                c = copysign(0.0, c);
            if (isnan(d))
                d = copysign(0.0, d);
            recalc = true;
        }
        if (recalc) {
            r.re = INFINITY * (a * c - b * d);
            r.im = INFINITY * (a * d + b * c);
        }
    }
    return r;
}

/* a / b by Smith's method, scaled on the larger component of b; *zero is
 * set when b is 0. */
static Cplx c_quot(Cplx a, Cplx b, bool *zero)
{
    Cplx r;
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    *zero = false;
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *zero = true;
            return (Cplx){0.0, 0.0};
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        r.re = (a.re + a.im * ratio) / denom;
        r.im = (a.im - a.re * ratio) / denom;
    } else if (abs_im >= abs_re) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else { /* a NaN in b */
        r.re = r.im = NAN;
    }
    if (isnan(r.re) && isnan(r.im)) {
        if ((isinf(a.re) || isinf(a.im)) && isfinite(b.re) && isfinite(b.im)) {
            double x = copysign(isinf(a.re) ? 1.0 : 0.0, a.re);
            double y = copysign(isinf(a.im) ? 1.0 : 0.0, a.im);
            r.re = INFINITY * (x * b.re + y * b.im);
            r.im = INFINITY * (y * b.re - x * b.im);
        } else if ((isinf(abs_re) || isinf(abs_im)) && isfinite(a.re) && isfinite(a.im)) {
            double x = copysign(isinf(b.re) ? 1.0 : 0.0, b.re);
            double y = copysign(isinf(b.im) ? 1.0 : 0.0, b.im);
            r.re = 0.0 * (a.re * x + a.im * y);
            r.im = 0.0 * (a.im * x - a.re * y);
        }
    }
    return r;
}

/* Errors of pow, as errno values: EDOM (zero to a negative or complex
 * power), ERANGE (overflow). */
static Cplx c_pow_general(Cplx a, Cplx b, int *err)
{
    if (b.re == 0.0 && b.im == 0.0)
        return (Cplx){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            *err = EDOM;
        return (Cplx){0.0, 0.0};
    }
    /* CPython reports what libm left in errno: pow's ERANGE, or the EDOM
     * of cos/sin of an infinite phase (then a ZeroDivisionError). */
    errno = 0;
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    Cplx r = {len * cos(phase), len * sin(phase)};
    *err = errno;
    return r;
}

static Cplx c_powu(Cplx x, unsigned long n)
{
    Cplx r = {1.0, 0.0}, p = x;
    unsigned long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static Cplx c_powi(Cplx x, long n, int *err)
{
    if (n > 0)
        return c_powu(x, (unsigned long)n);
    bool zero;
    Cplx r = c_quot((Cplx){1.0, 0.0}, c_powu(x, (unsigned long)-n), &zero);
    if (zero)
        *err = EDOM;
    return r;
}

static Value complex_pow_cplx(Cplx a, Cplx b)
{
    int err = 0;
    Cplx p;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0)
        p = c_powi(a, (long)b.re, &err);
    else
        p = c_pow_general(a, b, &err);
    /* CPython's _Py_ADJUST_ERANGE2: an infinite part is an overflow unless
     * an error is already recorded; a finite result clears an ERANGE. */
    if (isinf(p.re) || isinf(p.im)) {
        if (err == 0)
            err = ERANGE;
    } else if (err == ERANGE) {
        err = 0;
    }
    if (err == EDOM) {
        err_set(&Exc_ZeroDivisionError, "zero to a negative or complex power");
        return VAL_NULL;
    }
    if (err == ERANGE) {
        err_set(&Exc_OverflowError, "complex exponentiation");
        return VAL_NULL;
    }
    return complex_new(p.re, p.im);
}

Value complex_pow_values(double ar, double ai, double br, double bi)
{
    return complex_pow_cplx((Cplx){ar, ai}, (Cplx){br, bi});
}

/* ---- operands ------------------------------------------------------------- */

/* An operand: a complex (*is_real false) or a float/int as a real number.
 * 1 ok, 0 NotImplemented, -1 error. */
static int cplx_operand(Value v, Cplx *out, bool *is_real)
{
    if (val_is_complex(v)) {
        *out = cval(v);
        *is_real = false;
        return 1;
    }
    double d;
    int r = float_operand(v, &d);
    if (r <= 0)
        return r;
    *out = (Cplx){d, 0.0};
    *is_real = true;
    return 1;
}

#define CPLX_OPERANDS(a, b, x, y, xr, yr)                                       \
    Cplx x, y;                                                                 \
    bool xr, yr;                                                               \
    do {                                                                       \
        int ra_ = cplx_operand(a, &x, &xr);                                    \
        if (ra_ <= 0)                                                          \
            return ra_ < 0 ? VAL_NULL : num_notimpl();                         \
        int rb_ = cplx_operand(b, &y, &yr);                                    \
        if (rb_ <= 0)                                                          \
            return rb_ < 0 ? VAL_NULL : num_notimpl();                         \
    } while (0)

/* Real operands take part componentwise: 1.0 + complex(1, -0.0) keeps the
 * -0.0 (CPython 3.14). */
static Value complex_add(Value a, Value b)
{
    CPLX_OPERANDS(a, b, x, y, xr, yr);
    if (xr)
        return complex_new(x.re + y.re, y.im);
    if (yr)
        return complex_new(x.re + y.re, x.im);
    return complex_new(x.re + y.re, x.im + y.im);
}

static Value complex_sub(Value a, Value b)
{
    CPLX_OPERANDS(a, b, x, y, xr, yr);
    if (xr)
        return complex_new(x.re - y.re, -y.im);
    if (yr)
        return complex_new(x.re - y.re, x.im);
    return complex_new(x.re - y.re, x.im - y.im);
}

static Value complex_mul(Value a, Value b)
{
    CPLX_OPERANDS(a, b, x, y, xr, yr);
    if (xr)
        return complex_new(x.re * y.re, x.re * y.im);
    if (yr)
        return complex_new(x.re * y.re, x.im * y.re);
    Cplx r = c_prod(x, y);
    return complex_new(r.re, r.im);
}

static Value complex_truediv(Value a, Value b)
{
    CPLX_OPERANDS(a, b, x, y, xr, yr);
    (void)xr;
    if (yr) {
        if (y.re == 0.0) {
            err_set(&Exc_ZeroDivisionError, MSG_DIV_ZERO);
            return VAL_NULL;
        }
        return complex_new(x.re / y.re, x.im / y.re);
    }
    bool zero;
    Cplx r = c_quot(x, y, &zero);
    if (zero) {
        err_set(&Exc_ZeroDivisionError, MSG_DIV_ZERO);
        return VAL_NULL;
    }
    return complex_new(r.re, r.im);
}

static Value complex_pow(Value a, Value b)
{
    CPLX_OPERANDS(a, b, x, y, xr, yr);
    (void)xr;
    (void)yr;
    return complex_pow_cplx(x, y);
}

static Value complex_pow3(Value a, Value b, Value m)
{
    if (m != VAL_NONE) {
        err_set(&Exc_ValueError, "complex modulo");
        return VAL_NULL;
    }
    return complex_pow(a, b);
}

static Value complex_neg(Value v)
{
    Cplx c = cval(v);
    return complex_new(-c.re, -c.im);
}

static Value complex_pos(Value v)
{
    if (val_type(v) == &Complex_Type)
        return val_ref(v);
    Cplx c = cval(v);
    return complex_new(c.re, c.im);
}

static Value complex_abs(Value v)
{
    Cplx c = cval(v);
    double r;
    if (isinf(c.re) || isinf(c.im))
        r = INFINITY; /* even when the other part is a NaN */
    else if (isnan(c.re) || isnan(c.im))
        r = NAN;
    else {
        r = hypot(c.re, c.im);
        if (isinf(r)) {
            err_set(&Exc_OverflowError, "absolute value too large");
            return VAL_NULL;
        }
    }
    return float_new(r);
}

static int complex_bool(Value v)
{
    Cplx c = cval(v);
    return c.re != 0.0 || c.im != 0.0;
}

/* ---- comparison, hash, repr ----------------------------------------------- */

bool float_equals_int(double x, Value n);

static Value complex_richcompare(Value a, Value b, int op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return num_notimpl();
    Cplx x = cval(a);
    bool eq;
    if (val_is_int_like(b))
        eq = x.im == 0.0 && float_equals_int(x.re, b);
    else if (val_is_float(b))
        eq = x.im == 0.0 && x.re == float_value(b);
    else if (val_is_complex(b)) {
        Cplx y = cval(b);
        eq = x.re == y.re && x.im == y.im;
    } else
        return num_notimpl();
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static hash_t complex_hash(Value v)
{
    Cplx c = cval(v);
    return hash_complex(c.re, c.im, val_as_obj(v));
}

static Value complex_repr(Value v)
{
    Cplx c = cval(v);
    char *re = NULL, *im;
    bool bare = c.re == 0.0 && copysign(1.0, c.re) == 1.0; /* +0 real: "2j" */
    if (!bare)
        re = numfmt_float_format(c.re, 'r', 0, 0, NULL);
    im = numfmt_float_format(c.im, 'r', 0, bare ? 0 : NUMFMT_SIGN, NULL);
    if ((!bare && !re) || !im) {
        free(re);
        free(im);
        return err_no_memory();
    }
    size_t n = (re ? strlen(re) : 0) + strlen(im) + 4;
    char *buf = malloc(n);
    if (!buf) {
        free(re);
        free(im);
        return err_no_memory();
    }
    size_t len = bare ? (size_t)snprintf(buf, n, "%sj", im)
                      : (size_t)snprintf(buf, n, "(%s%sj)", re, im);
    free(re);
    free(im);
    Value r = str_from_ascii(buf, (ssize_t)len);
    free(buf);
    return r;
}

/* ---- complex('...') --------------------------------------------------------- */

static bool is_space_c(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_digit_c(char c)
{
    return c >= '0' && c <= '9';
}

static bool match_word(const char *p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) < n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != w[i])
            return false;
    }
    return true;
}

/* The longest prefix of [p, end) that is a Python float (with an optional
 * sign): its value in *out; returns the end of the prefix (p when none). */
static const char *scan_float(const char *p, const char *end, double *out)
{
    const char *s = p;
    bool neg = false;
    if (s < end && (*s == '+' || *s == '-'))
        neg = *s++ == '-';
    if (match_word(s, end, "infinity") || match_word(s, end, "inf")) {
        *out = neg ? -INFINITY : INFINITY;
        return s + (match_word(s, end, "infinity") ? 8 : 3);
    }
    if (match_word(s, end, "nan")) {
        *out = neg ? -NAN : NAN;
        return s + 3;
    }
    const char *q = s;
    size_t digits = 0;
    while (q < end && is_digit_c(*q))
        q++, digits++;
    if (q < end && *q == '.') {
        q++;
        while (q < end && is_digit_c(*q))
            q++, digits++;
    }
    if (digits == 0)
        return p;
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char *e = q + 1;
        if (e < end && (*e == '+' || *e == '-'))
            e++;
        if (e < end && is_digit_c(*e)) {
            while (e < end && is_digit_c(*e))
                e++;
            q = e;
        }
    }
    char small[64], *buf = small;
    size_t n = (size_t)(q - p);
    if (n >= sizeof small && !(buf = malloc(n + 1)))
        return p;
    memcpy(buf, p, n);
    buf[n] = 0;
    *out = strtod(buf, NULL); /* correctly rounded in the "C" locale */
    if (buf != small)
        free(buf);
    return q;
}

/* The next code point of valid UTF-8 text (str_utf8 guarantees it). */
static uint32_t utf8_next(const unsigned char *s, size_t len, size_t *i)
{
    uint32_t c = s[(*i)++];
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    c &= extra == 3 ? 0x07 : extra == 2 ? 0x0F : extra == 1 ? 0x1F : 0x7F;
    while (extra-- > 0 && *i < len)
        c = (c << 6) | (s[(*i)++] & 0x3F);
    return c;
}

/* The ASCII form of the text, as CPython transforms it: Unicode
 * whitespace becomes ' ', Unicode decimal digits their ASCII digit, any
 * other non-ASCII character '?' (which no parse accepts); underscores
 * between digits are dropped (*bad_us when one is anywhere else). */
static char *complex_text_prepare(const char *s, size_t len, size_t *outlen, bool *bad_us)
{
    char *a = malloc(len + 1);
    if (!a)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t c = utf8_next((const unsigned char *)s, len, &i);
        if (c < 128)
            a[n++] = (char)c;
        else if (ucd_has(c, UCD_SPACE))
            a[n++] = ' ';
        else if (ucd_decimal(c) >= 0)
            a[n++] = (char)('0' + ucd_decimal(c));
        else
            a[n++] = '?';
    }
    size_t k = 0;
    *bad_us = false;
    for (size_t i = 0; i < n; i++) {
        char c = a[i];
        if (c == '_') {
            if (i == 0 || i + 1 >= n || !is_digit_c(a[i - 1]) || !is_digit_c(a[i + 1]))
                *bad_us = true;
            continue;
        }
        a[k++] = c;
    }
    a[k] = 0;
    *outlen = k;
    return a;
}

static bool complex_parse(const char *s, const char *end, double *re_out, double *im_out)
{
    double re = 0.0, im = 0.0, z;
    bool bracket = false;
    while (s < end && is_space_c(*s))
        s++;
    if (s < end && *s == '(') {
        bracket = true;
        s++;
        while (s < end && is_space_c(*s))
            s++;
    }
    const char *e = scan_float(s, end, &z);
    if (e == s) {
        /* "<sign>j" or "j" */
        if (s < end && (*s == '+' || *s == '-') && s + 1 < end && (s[1] == 'j' || s[1] == 'J')) {
            im = *s == '-' ? -1.0 : 1.0;
            s += 2;
        } else if (s < end && (*s == 'j' || *s == 'J')) {
            im = 1.0;
            s++;
        } else {
            return false;
        }
    } else if (e < end && (*e == '+' || *e == '-')) {
        re = z;
        s = e;
        double y;
        const char *f = scan_float(s, end, &y);
        if (f != s) {
            im = y;
            s = f;
        } else {
            im = *s == '+' ? 1.0 : -1.0;
            s++;
        }
        if (s >= end || (*s != 'j' && *s != 'J'))
            return false;
        s++;
    } else if (e < end && (*e == 'j' || *e == 'J')) {
        im = z;
        s = e + 1;
    } else {
        re = z;
        s = e;
    }
    while (s < end && is_space_c(*s))
        s++;
    if (bracket) {
        if (s >= end || *s != ')')
            return false;
        s++;
        while (s < end && is_space_c(*s))
            s++;
    }
    if (s != end)
        return false;
    *re_out = re;
    *im_out = im;
    return true;
}

static Value complex_from_str(Type *type, Value str)
{
    ssize_t n;
    const char *u = str_utf8(val_as_str(str), &n);
    if (!u)
        return VAL_NULL;
    size_t len;
    bool bad_us;
    char *a = complex_text_prepare(u, (size_t)n, &len, &bad_us);
    if (!a)
        return err_no_memory();
    double re, im;
    bool ok = !bad_us && memchr(a, 0, len) == NULL && complex_parse(a, a + len, &re, &im);
    free(a);
    if (!ok) {
        if (bad_us)
            err_set(&Exc_ValueError, "could not convert string to complex: %R", str);
        else
            err_set(&Exc_ValueError, "complex() arg is a malformed string");
        return VAL_NULL;
    }
    return complex_new_of_type(type, re, im);
}

/* ---- complex(real, imag) ----------------------------------------------------- */

/* x.__complex__() when x's type defines it: 1 with *out set, 0 when absent. */
static int complex_dunder(Value x, Cplx *out)
{
    static Object *cached;
    Object *name = __atomic_load_n(&cached, __ATOMIC_ACQUIRE);
    if (!name) { /* interned and immortal: racing threads store the same */
        name = str_intern_cstr("__complex__");
        if (!name)
            return -1;
        __atomic_store_n(&cached, name, __ATOMIC_RELEASE);
    }
    Value fn = type_lookup(val_type(x), name);
    if (!fn)
        return 0;
    Value r = obj_call_method(x, name, NULL, 0);
    if (!r)
        return -1;
    if (!val_is_complex(r)) {
        err_set(&Exc_TypeError, "__complex__ returned non-complex (type %T)", r);
        val_decref(r);
        return -1;
    }
    *out = cval(r);
    val_decref(r);
    return 1;
}

static bool has_number_conversion(Value v)
{
    Type *t = val_type(v);
    return t->to_float || t->index || val_is_complex(v);
}

static Value complex_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"real", "imag"};
    static const ArgSpec spec = {"complex", names, 2, 0, 0, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    Value r = a[0], i = a[1];
    if (!r)
        r = val_from_int(0);
    if (val_type(r) == &Complex_Type && !i && type == &Complex_Type)
        return val_ref(r);
    if (val_is_str(r)) {
        if (i) {
            err_set(&Exc_TypeError, "complex() can't take second arg if first is a string");
            return VAL_NULL;
        }
        return complex_from_str(type, r);
    }
    if (i && val_is_str(i)) {
        err_set(&Exc_TypeError, "complex() second arg can't be a string");
        return VAL_NULL;
    }
    Cplx cr, ci = {0.0, 0.0};
    bool cr_complex = false, ci_complex = false;
    int got = complex_dunder(r, &cr);
    if (got < 0)
        return VAL_NULL;
    if (got) {
        cr_complex = true;
    } else if (!has_number_conversion(r)) {
        err_set(&Exc_TypeError, "complex() first argument must be a string or a number, not '%s'",
                type_name(val_type(r)));
        return VAL_NULL;
    }
    if (i && !has_number_conversion(i)) {
        err_set(&Exc_TypeError, "complex() second argument must be a number, not '%s'",
                type_name(val_type(i)));
        return VAL_NULL;
    }
    if (!cr_complex) {
        if (val_is_complex(r)) {
            cr = cval(r);
            cr_complex = true;
        } else {
            cr.im = 0.0;
            if (float_as_double(r, &cr.re) < 0)
                return VAL_NULL;
        }
    }
    if (!i) {
        ci.re = cr.im;
    } else if (val_is_complex(i)) {
        ci = cval(i);
        ci_complex = true;
    } else if (float_as_double(i, &ci.re) < 0) {
        return VAL_NULL;
    }
    if (ci_complex)
        cr.re -= ci.im;
    if (cr_complex && i)
        ci.re += cr.im;
    return complex_new_of_type(type, cr.re, ci.re);
}

/* ---- methods and attributes --------------------------------------------------- */

int num_no_args(const char *qualname, size_t nargs, Object *kwnames);

static Value complex_conjugate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("complex.conjugate", nargs, kw) < 0)
        return VAL_NULL;
    Cplx c = cval(self);
    return complex_new(c.re, -c.im);
}

static Value complex_getnewargs(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("complex.__getnewargs__", nargs, kw) < 0)
        return VAL_NULL;
    Cplx c = cval(self);
    Value re = float_new(c.re), im = float_new(c.im);
    Object *t = re && im ? tuple_pack(2, re, im) : NULL;
    val_xdecref(re);
    val_xdecref(im);
    return t ? val_from_obj(t) : VAL_NULL;
}

static Value complex_complex(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("complex.__complex__", nargs, kw) < 0)
        return VAL_NULL;
    return complex_pos(self);
}

static Value complex_format(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__format__", kw) < 0 || args_count("__format__", nargs, 1, 1) < 0)
        return VAL_NULL;
    size_t len;
    const char *spec = num_spec_utf8(args[0], &len);
    if (!spec)
        return VAL_NULL;
    if (len == 0)
        return obj_str(self);
    Cplx c = cval(self);
    size_t outlen;
    NumfmtError e = NUMFMT_ERROR_INIT;
    char *s = numfmt_format_complex(c.re, c.im, spec, len, &outlen, &e);
    if (!s) {
        num_raise_numfmt(&e);
        return VAL_NULL;
    }
    return num_str_from_malloced(s, outlen);
}

/* CPython's figure: a 16-byte header and two doubles. */
static Value complex_sizeof(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("complex.__sizeof__", nargs, kw) < 0)
        return VAL_NULL;
    return val_from_int(32);
}

static const MethodDef complex_methods[] = {
    {"__sizeof__", complex_sizeof, 0, "Size of object in memory, in bytes."},
    {"conjugate", complex_conjugate, 0, "Return the complex conjugate of its argument."},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {"__complex__", complex_complex, 0, "Convert this value to exact type complex."},
    {"__format__", complex_format, 0, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static Value complex_get_real(Value self, void *closure)
{
    return float_new(cval(self).re);
}

static Value complex_get_imag(Value self, void *closure)
{
    return float_new(cval(self).im);
}

static const GetSetDef complex_getsets[] = {
    {"real", complex_get_real, NULL, NULL, "the real part of a complex number"},
    {"imag", complex_get_imag, NULL, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL, NULL},
};

Type Complex_Type = {
    TYPE_HEADER("complex", complex_dealloc),
    .tflags = TF_BASETYPE | TF_IMMUTABLE,
    .basicsize = sizeof(ComplexObj),
    .doc = "Create a complex number from a string or numbers.",
    .methods = complex_methods,
    .getsets = complex_getsets,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .tp_new = complex_tp_new,
    .binop = {
        [OP_ADD] = complex_add,
        [OP_SUB] = complex_sub,
        [OP_MUL] = complex_mul,
        [OP_TRUEDIV] = complex_truediv,
        [OP_POW] = complex_pow,
    },
    .pow3 = complex_pow3,
    .neg = complex_neg,
    .pos = complex_pos,
    .absolute = complex_abs,
    .boolean = complex_bool,
};
