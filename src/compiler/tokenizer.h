/* The Python 3.14 tokenizer: turns a source file (bytes) into the token
 * stream the parser consumes, following CPython's C tokenizer rule for rule. */
#ifndef FT_TOKENIZER_H
#define FT_TOKENIZER_H

#include <stddef.h>

/* Token types, numbered as CPython 3.14's `token` module so that tables and
 * dumps line up. Operators have exact types; tok_generic_type() folds them
 * to TOK_OP the way `python -m tokenize` prints them. */
typedef enum {
    TOK_ENDMARKER = 0, TOK_NAME, TOK_NUMBER, TOK_STRING, TOK_NEWLINE,
    TOK_INDENT, TOK_DEDENT,
    TOK_LPAR, TOK_RPAR, TOK_LSQB, TOK_RSQB, TOK_COLON, TOK_COMMA, TOK_SEMI,
    TOK_PLUS, TOK_MINUS, TOK_STAR, TOK_SLASH, TOK_VBAR, TOK_AMPER, TOK_LESS,
    TOK_GREATER, TOK_EQUAL, TOK_DOT, TOK_PERCENT, TOK_LBRACE, TOK_RBRACE,
    TOK_EQEQUAL, TOK_NOTEQUAL, TOK_LESSEQUAL, TOK_GREATEREQUAL, TOK_TILDE,
    TOK_CIRCUMFLEX, TOK_LEFTSHIFT, TOK_RIGHTSHIFT, TOK_DOUBLESTAR,
    TOK_PLUSEQUAL, TOK_MINEQUAL, TOK_STAREQUAL, TOK_SLASHEQUAL,
    TOK_PERCENTEQUAL, TOK_AMPEREQUAL, TOK_VBAREQUAL, TOK_CIRCUMFLEXEQUAL,
    TOK_LEFTSHIFTEQUAL, TOK_RIGHTSHIFTEQUAL, TOK_DOUBLESTAREQUAL,
    TOK_DOUBLESLASH, TOK_DOUBLESLASHEQUAL, TOK_AT, TOK_ATEQUAL, TOK_RARROW,
    TOK_ELLIPSIS, TOK_COLONEQUAL, TOK_EXCLAMATION,
    TOK_OP,                 /* 55: any other character (e.g. '$', '?') */
    TOK_TYPE_IGNORE, TOK_TYPE_COMMENT, TOK_SOFT_KEYWORD,
    TOK_FSTRING_START,      /* 59 */
    TOK_FSTRING_MIDDLE, TOK_FSTRING_END,
    TOK_TSTRING_START, TOK_TSTRING_MIDDLE, TOK_TSTRING_END,
    TOK_COMMENT,            /* 65 */
    TOK_NL, TOK_ERRORTOKEN, TOK_ENCODING,
    TOK_N_TOKENS
} TokType;

/* tok_new flags. */
enum {
    /* Emit what `python -m tokenize` emits: ENCODING first, COMMENT and NL,
     * NEWLINE/NL text and trailing-token positions as that module prints
     * them, and none of the errors CPython skips in that mode (invalid
     * number suffixes, invalid identifier characters, unmatched brackets,
     * leading-zero decimals). Without it: the parser's stream. */
    TOK_EXTRA_TOKENS = 1,
};

/* Which exception a tokenizer error raises in CPython. */
typedef enum {
    TOK_EXC_NONE = 0,
    TOK_EXC_SYNTAX,         /* SyntaxError */
    TOK_EXC_INDENTATION,    /* IndentationError */
    TOK_EXC_TAB,            /* TabError */
} TokExcKind;

/* Why it failed, for callers that phrase errors their own way (tokdump
 * mimics the tokenize module, whose wording differs in a few cases). */
typedef enum {
    TOK_ERR_NONE = 0,
    TOK_ERR_SYNTAX,         /* the message says it all */
    TOK_ERR_EOF,            /* EOF inside brackets or after a backslash */
    TOK_ERR_DEDENT,         /* unindent does not match ... */
    TOK_ERR_TABSPACE,
    TOK_ERR_TOODEEP,
    TOK_ERR_LINECONT,       /* unexpected character after line continuation */
    TOK_ERR_UNTERMINATED_TRIPLE, /* unterminated triple-quoted string */
    TOK_ERR_ENCODING_UNKNOWN,    /* detail: the encoding name */
    TOK_ERR_ENCODING_BOM,        /* BOM plus a cookie other than utf-8 */
    TOK_ERR_ENCODING_DECODE,     /* undecodable bytes; detail: position */
    TOK_ERR_NUL,            /* source contains a NUL byte */
    TOK_ERR_NOMEM,
} TokErrCode;

typedef struct {
    TokExcKind kind;
    TokErrCode code;
    char msg[512];          /* CPython's message, e.g. "unmatched ')'" */
    char detail[64];        /* encoding name, for the encoding errors */
    /* Location as CPython's SyntaxError reports it: 1-based line; offset
     * and end_offset are 1-based character columns (0: none). byte_offset
     * is the same place in bytes of the UTF-8 line. */
    int lineno, offset, end_lineno, end_offset, byte_offset;
    /* Where `python -m tokenize` reports it ("file:LINE:COL: error:"). */
    int tk_lineno, tk_col;
    int decode_line;        /* TOK_ERR_ENCODING_DECODE: 1 if in the first
                               two lines (the cookie lines) */
} TokError;

/* One token. Text points into the tokenizer's own UTF-8 copy of the source
 * (valid until tok_free). Lines are 1-based; columns 0-based, both in
 * characters (what `python -m tokenize` prints) and in bytes (what the
 * parser's error carets need). A multi-line token starts on lineno and
 * ends on end_lineno. */
typedef struct {
    int type;               /* exact TokType */
    const char *start;
    size_t len;
    int lineno, col, end_lineno, end_col;
    int byte_col, end_byte_col;
} Token;

typedef struct Tokenizer Tokenizer;

/* buf/len: the whole file; it is copied (and decoded to UTF-8 when a PEP
 * 263 cookie names latin-1, cp1252, koi8-r or ascii). Returns NULL only when
 * out of memory; a bad encoding surfaces as the first token's error. */
Tokenizer *tok_new(const char *buf, size_t len, const char *filename, int flags);
void tok_free(Tokenizer *tok);

/* Fills *out and returns its type. After TOK_ERRORTOKEN, tok_error() says
 * why and every further call returns TOK_ERRORTOKEN again. After
 * TOK_ENDMARKER, further calls return TOK_ENDMARKER. */
int tok_next(Tokenizer *tok, Token *out);
const TokError *tok_error(const Tokenizer *tok);

/* The encoding name as the tokenize module prints it ("utf-8",
 * "iso-8859-1", or the cookie's spelling). */
const char *tok_encoding(const Tokenizer *tok);

/* Names as in CPython's token.tok_name ("NAME", "LPAR", ...). */
const char *tok_type_name(int type);
/* TOK_OP for every operator type, the type itself otherwise. */
int tok_generic_type(int type);
/* Exact type of an operator spelled s[0..n) ("**=" -> TOK_DOUBLESTAREQUAL),
 * TOK_OP if it is none. */
int tok_op_type(const char *s, size_t n);

/* Unicode properties (tok_unicode.c, generated). */
int tok_uc_is_xid_start(unsigned cp);
int tok_uc_is_xid_continue(unsigned cp);
int tok_uc_is_printable(unsigned cp);

#endif
