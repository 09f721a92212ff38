/* float repr: finds the shortest round-tripping digit string by trying
 * precisions 1..17 with printf's %e and strtod, then lays the digits out
 * with Python's rules ('r' format: scientific when exp < -4 or >= 16). */
#include "float_repr.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int float_repr(double x, char *buf, size_t size, int add_dot_0)
{
    if (isnan(x))
        return snprintf(buf, size, "nan");
    if (isinf(x))
        return snprintf(buf, size, x < 0 ? "-inf" : "inf");
    char tmp[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, x);
        if (strtod(tmp, NULL) == x)
            break;
    }
    /* tmp: [-]d[.ddd]e[+-]NN */
    char digits[32];
    int nd = 0, neg = 0;
    const char *s = tmp;
    if (*s == '-') {
        neg = 1;
        s++;
    }
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[nd++] = *s;
    int exp = atoi(s + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = 0;
    char *o = buf;
    char *end = buf + size - 1;
#define PUT(c) do { if (o < end) *o++ = (c); } while (0)
    if (neg)
        PUT('-');
    if (exp < -4 || exp >= 16) {
        PUT(digits[0]);
        if (nd > 1) {
            PUT('.');
            for (int i = 1; i < nd; i++)
                PUT(digits[i]);
        }
        PUT('e');
        PUT(exp < 0 ? '-' : '+');
        int ae = exp < 0 ? -exp : exp;
        char eb[8];
        int n = snprintf(eb, sizeof eb, "%02d", ae);
        for (int i = 0; i < n; i++)
            PUT(eb[i]);
    } else if (exp < 0) {
        PUT('0');
        PUT('.');
        for (int i = 0; i < -exp - 1; i++)
            PUT('0');
        for (int i = 0; i < nd; i++)
            PUT(digits[i]);
    } else {
        for (int i = 0; i <= exp; i++)
            PUT(i < nd ? digits[i] : '0');
        if (nd > exp + 1) {
            PUT('.');
            for (int i = exp + 1; i < nd; i++)
                PUT(digits[i]);
        } else if (add_dot_0) {
            PUT('.');
            PUT('0');
        }
    }
#undef PUT
    *o = 0;
    return (int)(o - buf);
}
