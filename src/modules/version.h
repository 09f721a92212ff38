/* The version ftpy reports: the Python language version it implements and
 * its own release. */
#ifndef FT_VERSION_H
#define FT_VERSION_H

#define FTPY_PY_MAJOR 3
#define FTPY_PY_MINOR 14
#define FTPY_PY_MICRO 0
#define FTPY_PY_VERSION "3.14.0"
#define FTPY_HEXVERSION 0x030e00f0
#define FTPY_VERSION "0.2.0"
#define FTPY_PREFIX "/usr/local"

#if defined(__clang__)
#define FTPY_COMPILER "Clang " __clang_version__
#else
#define FTPY_COMPILER "GCC " __VERSION__
#endif

#endif
