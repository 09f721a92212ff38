/* Struct sequences: tuples with named fields (sys.version_info, sys.flags,
 * os.stat_result, time.struct_time) and SimpleNamespace. */
#ifndef FT_STRUCTSEQ_H
#define FT_STRUCTSEQ_H

#include "obj.h"

/* A new immortal tuple subclass named name ("sys.version_info") whose
 * first n_visible of fields are the tuple items; the rest are attributes
 * only. fields is NULL-terminated and must outlive the type. */
Type *structseq_new_type(const char *name, const char *const *fields, int n_visible);
/* An instance from one value per field (borrowed). */
Value structseq_make(Type *t, const Value *values);

extern Type Namespace_Type;
/* types.SimpleNamespace(**kw) from parallel arrays of names and values. */
Value namespace_new(const char *const *names, const Value *values, size_t n);

#endif
