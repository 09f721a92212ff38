/* Shared by the re module's files: Pattern and Match objects over the
 * regex engine (src/runtime/regex.h). */
#ifndef FT_RE_INTERNAL_H
#define FT_RE_INTERNAL_H

#include "objects/obj.h"
#include "regex.h"

typedef struct PatternObj {
    Object base;
    RegexPattern *rx;
    Value pattern;     /* the source str or bytes */
    Value groupindex;  /* mappingproxy of name -> number */
    int flags;
    bool bytes;
} PatternObj;

typedef struct MatchObj {
    Object base;
    Value pattern;     /* PatternObj */
    Value string;      /* the subject as given */
    ssize_t pos, endpos;
    int ngroups;       /* groups + 1 */
    int lastindex;
    ssize_t spans[];   /* 2 * ngroups */
} MatchObj;

extern Type Pattern_Type, Match_Type, Exc_ReError;

/* The subject as code points (borrowed view or a fresh copy). */
typedef struct {
    const uint32_t *cp;
    uint32_t *owned;
    size_t len;
    bool bytes;
} Subject;

int subject_get(Value s, bool want_bytes, Subject *out);
void subject_free(Subject *s);
/* s[start:end] of the original subject object (str or bytes-like). */
Value subject_slice(Value string, const Subject *sub, ssize_t start, ssize_t end);
Value match_new(PatternObj *p, Value string, const RegexResult *res, ssize_t pos, ssize_t endpos);
/* Raises re.error(msg, pattern, pos). */
void re_raise(const RegexError *e, Value pattern);
Value pattern_compile(Value pattern, int flags);
/* A parsed replacement template filled in from a match's group spans
 * (unmatched groups give empty text). */
Value re_template_expand(PatternObj *p, Value string, const Subject *sub, const RegexTemplate *t,
                         const ssize_t *spans);
int re_match_init_types(void);
int re_check_interrupt(void *arg);

#endif
