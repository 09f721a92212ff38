/* Python's repr() of a float: the shortest string that round-trips, in
 * fixed notation for decimal exponents -4..15 and scientific otherwise. */
#ifndef FT_FLOAT_REPR_H
#define FT_FLOAT_REPR_H

#include <stddef.h>

/* Writes repr(x) to buf (size >= 32); returns its length. add_dot_0: end
 * an integral value in ".0" as float.__repr__ does (complex.__repr__
 * formats its parts without it: "1j", "1e+16j"). */
int float_repr(double x, char *buf, size_t size, int add_dot_0);

#endif
