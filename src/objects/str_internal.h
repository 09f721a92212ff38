/* Private to the text types (str*.c, bytes*.c, memoryview.c): allocation,
 * raising the runtime libraries' error records, argument helpers, and the
 * few declarations borrowed from other helpers' headers until they land. */
#ifndef FT_STR_INTERNAL_H
#define FT_STR_INTERNAL_H

#include <stdlib.h>
#include <string.h>

#include "bytesobj.h"
#include "codecs.h"
#include "err.h"
#include "floatobj.h"
#include "mem.h"
#include "numfmt.h"
#include "sliceobj.h"
#include "strops.h"
#include "strobj.h"

/* ---- str allocation --------------------------------------------------- */

/* A str (or instance of the str subclass type) of len code points of the
 * given kind; ascii says every code point is < 128. Data uninitialised
 * except the terminating NUL. */
Value str_alloc(Type *type, ssize_t len, int kind, bool ascii);
/* The kind (1, 2, 4) that holds maxchar. */
static inline int str_kind_for(uint32_t maxchar) { return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4; }
/* The widest code point of a str (exact: scans only kinds 2 and 4 that
 * cannot decide from the kind alone). */
uint32_t str_maxchar(const StrObj *s);
/* An exact-str copy of a str subclass instance (or a new reference to s
 * when s is already exact). */
Value str_exact(Value s);

/* The substring or the whole of s as an exact str; returns s itself (new
 * reference) when the span covers an exact str. */
Value str_span(Value s, size_t start, size_t end);

/* Code-point access for the strops functions, which take uint32_t arrays:
 * a 4-byte str is its own array; narrower ones are widened into buf (or a
 * malloc'd array, freed by str_units_free). */
typedef struct {
    const uint32_t *p;
    uint32_t *owned;
    uint32_t small[64];
} StrUnits;
/* false + MemoryError */
bool str_units(const StrObj *s, StrUnits *u);
void str_units_free(StrUnits *u);
/* A str from a strops result (malloc'd code points, freed here). */
Value str_from_text(StropsText t);

/* ---- raising library errors ------------------------------------------ */

void str_raise_strops(StropsError *e);   /* clears e */
void str_raise_numfmt(NumfmtError *e);   /* clears e */
/* object: the str/bytes the codec worked on (for exc.object). Clears e. */
void str_raise_codec(CodecError *e, Value object);

/* ---- argument helpers ------------------------------------------------- */

/* A slice bound for strops: None -> STROPS_NONE, ints clamped as
 * _PyEval_SliceIndex does; TypeError "slice indices must be integers or
 * None or have an __index__ method". */
bool str_slice_bound(Value v, int64_t *out);
/* The Python bool/int/None value helpers every method file uses. */
static inline Value str_bool(bool b) { return val_ref(val_bool(b)); }

/* bytes-like data for the str methods that accept them (none) and the
 * bytes methods: see bytesobj.h's buffer_get. */

/* ---- shared with the method files ------------------------------------- */

void str_dealloc(Object *o);
Value str_iter(Value s);
extern Type StrIter_Type, StrAsciiIter_Type;
Value str_getitem(Value s, Value key);
int str_contains_slot(Value s, Value item);
Value str_mod(Value a, Value b);
/* str.format(*args, **kwargs) and format_map(mapping): the shared engine.
 * kwargs is a mapping or NULL. */
Value str_format_impl(Value fmt, const Value *args, size_t nargs, Value kwargs, bool is_map);
Value str_format_method(Value self, const Value *args, size_t nargs, Object *kwnames);
Value str_format_map_method(Value self, const Value *args, size_t nargs, Object *kwnames);
Value str_dunder_format(Value self, const Value *args, size_t nargs, Object *kwnames);

/* The method table (str_methods.c) and the methods defined in the other
 * files. */
extern const MethodDef str_methods[];
#define STR_METHOD(name) Value name(Value self, const Value *args, size_t nargs, Object *kwnames)

#endif
