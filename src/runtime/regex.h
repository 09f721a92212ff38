/* The regular-expression engine under the re module: compiles a pattern of
 * code points (str or bytes) with CPython 3.14 sre syntax and semantics and
 * matches it with a backtracking machine whose stack lives on the heap. */
#ifndef FT_REGEX_H
#define FT_REGEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Flag values are CPython's re.* constants. */
enum {
    REGEX_IGNORECASE = 2,
    REGEX_LOCALE = 4,
    REGEX_MULTILINE = 8,
    REGEX_DOTALL = 16,
    REGEX_UNICODE = 32,
    REGEX_VERBOSE = 64,
    REGEX_ASCII = 256,
};

/* A compile or template error: CPython's re.error message and position
 * (pos -1 where CPython's is None). */
typedef struct {
    char msg[256];
    ssize_t pos;
} RegexError;

/* A compiled pattern. Immutable after regex_compile: any number of threads
 * may match with it at once; all match state is per call. */
typedef struct RegexPattern RegexPattern;

/* Compiles pat[0..n). bytes: a bytes pattern (code points 0..255, ASCII
 * classes, LOCALE allowed). Returns NULL with *err filled on a syntax error
 * (or "out of memory" at pos -1). The caller has already rejected flag
 * combinations that CPython rejects with ValueError (ASCII|UNICODE, LOCALE
 * with str, UNICODE with bytes). */
RegexPattern *regex_compile(const uint32_t *pat, size_t n, int flags,
                            bool bytes, RegexError *err);
void regex_free(RegexPattern *p);

/* Pattern.flags (inline global flags included, UNICODE added for str),
 * Pattern.groups, and Pattern.groupindex as (name, number) pairs:
 * regex_group_name(p, i, &len) for i < regex_name_count(p) returns the
 * i-th name (in definition order) and stores its group number. */
int regex_flags(const RegexPattern *p);
int regex_groups(const RegexPattern *p);
int regex_name_count(const RegexPattern *p);
const uint32_t *regex_group_name(const RegexPattern *p, int i, size_t *len,
                                 int *group);
/* The name of group g (Match.lastgroup for g = lastindex), or NULL. */
const uint32_t *regex_name_of_group(const RegexPattern *p, int g, size_t *len);
/* The number of the group called name, or -1. */
int regex_group_index(const RegexPattern *p, const uint32_t *name,
                      size_t len);

/* The VM's hook: called every so many backtracking steps with arg; a
 * non-zero return stops the match, which then returns REGEX_INTERRUPTED
 * (the VM checks for KeyboardInterrupt here). NULL hooks: never called. */
typedef struct {
    int (*check)(void *arg);
    void *arg;
} RegexHooks;

enum { REGEX_MATCH, REGEX_FULLMATCH, REGEX_SEARCH };
enum {
    REGEX_FOUND = 1,
    REGEX_NOMATCH = 0,
    REGEX_NOMEM = -1,
    REGEX_INTERRUPTED = -2,
};

/* The result of one match: spans[2*g], spans[2*g+1] are group g's start
 * and end (-1, -1 when unset); spans has room for 2 * (groups + 1).
 * lastindex is Match.lastindex (-1 for None); Match.lastgroup is the name
 * of that group if it has one. */
typedef struct {
    ssize_t *spans;
    int lastindex;
} RegexResult;

/* match / fullmatch / search on subj[0..len) between pos and endpos (as
 * Pattern.match(string, pos, endpos) after CPython clamps them: 0 <= pos,
 * endpos <= len; pos > endpos finds nothing except an empty pattern's
 * behaviour, as in CPython). Lookbehind and ^ see the whole string before
 * pos; nothing sees past endpos. Returns REGEX_FOUND / NOMATCH / NOMEM /
 * INTERRUPTED. */
int regex_exec(const RegexPattern *p, const uint32_t *subj, size_t len,
               size_t pos, size_t endpos, int mode, RegexResult *res,
               const RegexHooks *hooks);

/* Successive matches for findall, finditer, sub and split with CPython
 * 3.7+'s empty-match rule: after an empty match the next match may not be
 * empty at the same position, but an empty match right after a non-empty
 * one is allowed. Set the fields, call regex_iter_next until it returns
 * something other than REGEX_FOUND. */
typedef struct {
    const RegexPattern *pat;
    const uint32_t *subj;
    size_t len, pos, endpos;
    bool must_advance; /* internal: starts false */
    bool done;         /* internal: starts false */
} RegexIter;

void regex_iter_init(RegexIter *it, const RegexPattern *p,
                     const uint32_t *subj, size_t len, size_t pos,
                     size_t endpos);
int regex_iter_next(RegexIter *it, RegexResult *res, const RegexHooks *hooks);

/* A parsed sub() replacement template: literal runs and group references,
 * as re._parser.parse_template makes it. */
typedef struct {
    int group;           /* -1: literal text */
    size_t start, len;   /* the literal's range in RegexTemplate.text */
} RegexTemplateItem;

typedef struct {
    uint32_t *text;      /* literal code points (escapes resolved) */
    RegexTemplateItem *items;
    size_t nitems;
} RegexTemplate;

/* Parses repl[0..n) against p; false with *err set on an error
 * ("bad escape \q", "invalid group reference 3", "unknown group name 'x'",
 * "missing <", ...). Free with regex_template_free. */
bool regex_template_parse(const RegexPattern *p, const uint32_t *repl,
                          size_t n, bool bytes, RegexTemplate *t,
                          RegexError *err);
void regex_template_free(RegexTemplate *t);

#endif
