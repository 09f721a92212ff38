/* State and helpers shared by the parser's files (parser.c: tokens,
 * errors, statements; parser_expr.c; parser_pattern.c; parser_string.c). */
#ifndef FT_PARSER_INTERNAL_H
#define FT_PARSER_INTERNAL_H

#include <setjmp.h>
#include <stdarg.h>

#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/tokenizer.h"

/* Deeper nesting than this is CPython's "too complex" MemoryError (its
 * MAXSTACK: 6000 rule levels; here unary operators and `not` count one
 * per level, as there, and expressions one each). */
#define PARSE_MAX_DEPTH 6000

/* The parser is predictive: a rule that cannot go on calls parse_fail,
 * which longjmps to the innermost speculation (parse_try) or, outside any,
 * ends the pass. CPython's approach to errors is kept: a first pass parses;
 * if it fails, a second pass (invalid = 1) re-parses the same tokens with
 * the checks that raise specific messages switched on, and if none fires
 * the error is "invalid syntax" at the furthest token the first pass read.
 * Specific errors are never raised while speculating (spec > 0). */
typedef struct Parser {
    Arena *arena;
    Tokenizer *tok;
    Token **toks;           /* tokens fetched so far, lazily (arena) */
    int *levels;            /* bracket depth after each token */
    int ntoks, cap;
    int level;              /* bracket depth after the last fetched token */
    int pos;                /* next token to consume */
    int furthest;           /* highest index fetched */
    int invalid;            /* second pass: specific errors on */
    int spec;               /* speculation depth */
    int depth;              /* recursion depth */
    jmp_buf *soft;          /* where parse_fail goes */
    jmp_buf hard;           /* where a raised error goes */
    ParseError *err;
    int tok_errored;        /* err came from the tokenizer */
    int no_drain;           /* err must not be replaced by a later one */
    const char **line_start;    /* per line (1-based), NULL if unseen */
    int nlines;
    const char *src_end;    /* end of the tokenizer's decoded copy */
    const char *raw, *raw_end;  /* the file as given */
} Parser;

/* Tokens. */
Token *p_tok(Parser *p);                /* the current token */
Token *p_tok_at(Parser *p, int k);      /* k tokens ahead */
Token *p_next(Parser *p);               /* consumes the current token */
Token *p_last(Parser *p);               /* the last consumed token */
int p_is(Parser *p, int type);
int p_is_at(Parser *p, int k, int type);
int p_is_kw(Parser *p, const char *kw);
int p_is_kw_at(Parser *p, int k, const char *kw);
int p_is_name(Parser *p);               /* NAME, not a keyword */
int p_tok_is_kw(const Token *t, const char *kw);
int p_is_keyword(const Token *t);
Token *p_eat(Parser *p, int type);      /* or fail */
void p_eat_kw(Parser *p, const char *kw);
Token *p_accept(Parser *p, int type);   /* NULL if absent */
int p_accept_kw(Parser *p, const char *kw);
const char *p_name(Parser *p);          /* an identifier, or fail */
const char *p_tok_str(Parser *p, const Token *t);

/* Locations: from token t (or a node's start) to the last consumed token. */
AstLoc p_loc(Parser *p, const Token *t);
AstLoc p_loc_from(Parser *p, AstLoc start);
AstLoc p_tok_loc(const Token *t);

/* Failure and errors. */
_Noreturn void parse_fail(Parser *p);
/* Raises exc ("SyntaxError" ...) at the given byte range; end_lineno 0:
 * the error has a start only. */
_Noreturn void parse_raise(Parser *p, const char *exc, int lineno, int col,
                           int end_lineno, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
_Noreturn void parse_raise_loc(Parser *p, AstLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* At the last fetched token, as CPython's RAISE_SYNTAX_ERROR. */
_Noreturn void parse_raise_last(Parser *p, const char *exc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int p_errors_on(Parser *p);             /* invalid pass, not speculating */
void p_enter(Parser *p);                /* depth check */
void p_leave(Parser *p);

/* Node construction. */
AstExpr *ast_new_expr(Parser *p, AstExprKind kind, AstLoc loc);
AstStmt *ast_new_stmt(Parser *p, AstStmtKind kind, AstLoc loc);
AstPattern *ast_new_pattern(Parser *p, AstPatternKind kind, AstLoc loc);
AstExpr *ast_new_name(Parser *p, const char *id, AstCtx ctx, AstLoc loc);
#define P_NEW(p, T) ((T *)arena_alloc((p)->arena, sizeof(T)))
#define P_APPEND(p, list, item) ast_list_append((p)->arena, &(list), (item))

/* parser_expr.c */
AstExpr *parse_expression(Parser *p);
AstExpr *parse_named_expression(Parser *p);
AstExpr *parse_star_expressions(Parser *p);
AstExpr *parse_star_named_expression(Parser *p);
AstExpr *parse_disjunction(Parser *p);
AstExpr *parse_bitwise_or(Parser *p);
AstExpr *parse_yield_expr(Parser *p);
AstExpr *parse_primary(Parser *p);
AstExpr *parse_star_targets(Parser *p);
AstExpr *parse_annotated_rhs(Parser *p);   /* yield_expr | star_expressions */
AstArguments *parse_params(Parser *p, int lambda, int close_type);
void parse_call_args(Parser *p, AstList *args, AstList *keywords, int close_type,
                     int allow_genexp);
void parse_set_ctx(Parser *p, AstExpr *e, AstCtx ctx);
int p_starts_expr(Parser *p);
/* Describes an expression for "cannot assign to %s" messages. */
const char *parse_expr_name(const AstExpr *e);

/* parser_string.c */
AstExpr *parse_strings(Parser *p);
AstExpr *parse_number(Parser *p, const Token *t);

/* parser_pattern.c */
AstStmt *parse_match_stmt(Parser *p);   /* NULL if not a match statement */

/* parser.c */
AstList parse_block(Parser *p, const char *what, int what_line);

#endif
