/* Shared between the regex parser, compiler and matcher: the syntax tree
 * the parser builds, the character classes, and the compiled program. */
#ifndef FT_REGEX_INTERNAL_H
#define FT_REGEX_INTERNAL_H

#include "regex.h"

#define REGEX_INF UINT32_MAX /* an unbounded repeat maximum / width */

/* Syntax tree. Nodes live in one array and name their children by index
 * (first child, next sibling); -1 ends a list. Flags that change matching
 * (ignore case, dotall, multiline, ascii) are baked into each node when it
 * is parsed, so scoped flags need no run-time state. */
typedef enum {
    RN_EMPTY, RN_CHAR, RN_ANY, RN_CLASS, RN_CAT, RN_ALT, RN_GROUP,
    RN_REPEAT, RN_LOOK, RN_BACKREF, RN_AT, RN_COND, RN_ATOMIC,
} RegexNodeKind;

/* RN_AT kinds. */
enum {
    RAT_BEGIN, RAT_BEGIN_LINE, RAT_END, RAT_END_LINE, RAT_END_STRING,
    RAT_BOUNDARY, RAT_NON_BOUNDARY,
};

/* Repeat kinds. */
enum { RREP_GREEDY, RREP_LAZY, RREP_POSSESSIVE };

typedef struct {
    uint8_t kind;
    uint8_t icase, ascii;     /* CHAR, CLASS, BACKREF, AT (word) */
    uint8_t sub;              /* ANY: dotall; AT: kind; REPEAT: kind;
                               * LOOK: bit0 behind, bit1 negative */
    uint32_t a, b;            /* CHAR: code point; CLASS: index; GROUP,
                               * BACKREF, COND: group; REPEAT: min, max */
    int32_t child, next;      /* COND: child = yes, then its next = no */
    uint32_t minw, maxw;      /* width, filled by the parser */
} RegexNode;

/* A character class: ranges plus category tests, matched against the
 * character (and, with icase, its case variants). */
enum {
    RCAT_DIGIT = 1, RCAT_NOT_DIGIT = 2, RCAT_WORD = 4, RCAT_NOT_WORD = 8,
    RCAT_SPACE = 16, RCAT_NOT_SPACE = 32,
};

typedef struct {
    uint32_t *ranges;         /* lo, hi pairs */
    uint32_t nranges;
    uint8_t cats, negate, icase, ascii;
} RegexClass;

/* Program instructions. */
typedef enum {
    RO_CHAR,        /* a: code point */
    RO_CHAR_I,      /* a: case key (regex_case_key) */
    RO_ANY,         /* anything but '\n' */
    RO_ANY_ALL,
    RO_CLASS,       /* a: class */
    RO_AT,          /* a: RAT_*, b: ascii */
    RO_SAVE,        /* a: slot (2g start, 2g+1 end) */
    RO_SPLIT,       /* continue at a, on failure at b */
    RO_JMP,         /* a */
    RO_REP_INIT,    /* a: repeat register */
    RO_UNTIL,       /* a: register, b: min, c: max, d: lazy;
                     * body at pc + 2, exit at e */
    RO_LAZY_MORE,   /* follows UNTIL: resumed on backtracking (lazy) */
    RO_REP1,        /* single-character loop: item at pc + 1; a: min,
                     * b: max, c: kind; continues at pc + 2 */
    RO_BACKREF,     /* a: group, b: icase */
    RO_LOOK,        /* a: behind, b: negative, c: width, e: after end */
    RO_ATOMIC,      /* e: after end */
    RO_END_SUB,     /* ends a LOOK or ATOMIC body */
    RO_POSS,        /* possessive repeat, one atomic iteration at a time:
                     * a: register, b: min, c: max, e: exit; the body
                     * follows and ends with END_SUB */
    RO_COND,        /* a: group; if unset (or start > end), jump to b */
    RO_MATCH,
} RegexOp;

typedef struct {
    uint8_t op;
    uint32_t a, b, c, d, e;
} RegexInst;

struct RegexPattern {
    int flags;
    bool bytes;
    int ngroups;
    int nnames;
    uint32_t **names;        /* nnames names, each NUL-free code points */
    size_t *name_lens;
    int *name_groups;
    RegexClass *classes;
    int nclasses;
    RegexInst *prog;
    size_t nprog;
    int nrepeats;            /* repeat registers */
    /* search prefilter: when >= 0 the pattern must start with this exact
     * code point (no ignore case). */
    int64_t first_char;
};

/* The parser's output. */
typedef struct {
    RegexNode *nodes;
    size_t nnodes, cap;
    int32_t root;
    RegexClass *classes;
    int nclasses, class_cap;
    int ngroups;
    int nnames;
    uint32_t **names;
    size_t *name_lens;
    int *name_groups;
    int flags;
} RegexTree;

bool regex_parse(const uint32_t *pat, size_t n, int flags, bool bytes,
                 RegexTree *t, RegexError *err);
void regex_tree_free(RegexTree *t);
/* Moves the tree's classes and names into p and compiles its program. */
bool regex_compile_tree(RegexTree *t, RegexPattern *p);

/* Python's repr() of the str s[a..b) (for bytes patterns, bytes above 0x7f
 * as \xNN) into buf, for error messages. */
void regex_repr(const uint32_t *s, size_t a, size_t b, char *buf, size_t cap,
                bool bytes);

/* Character predicates shared by compiler and matcher. */
bool regex_is_word(uint32_t c, bool ascii);
bool regex_is_digit(uint32_t c, bool ascii);
bool regex_is_space(uint32_t c, bool ascii);
/* Two characters match under IGNORECASE iff their keys are equal. */
uint32_t regex_case_key(uint32_t c, bool ascii);
bool regex_class_has(const RegexClass *cl, uint32_t c);

#endif
