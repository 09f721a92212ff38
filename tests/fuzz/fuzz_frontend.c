/* libFuzzer target over the compiler front end: tokenizer (both modes),
 * parser, symbol table (3.14 and 3.13 modes) and the AST printer. Any
 * input must produce tokens, an AST or a SyntaxError -- never a crash, a
 * hang, an out-of-bounds access or a leak. Built by `make fuzz`. */
#include <stdint.h>
#include <stdio.h>

#include "compiler/arena.h"
#include "compiler/ast_dump.h"
#include "compiler/parser.h"
#include "compiler/symtable.h"
#include "compiler/tokenizer.h"

static void tokenize_all(const uint8_t *data, size_t size, int flags)
{
    Tokenizer *t = tok_new((const char *)data, size, "<fuzz>", flags);
    if (!t)
        return;
    Token tk;
    int type;
    do {
        type = tok_next(t, &tk);
    } while (type != TOK_ENDMARKER && type != TOK_ERRORTOKEN);
    tok_free(t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    tokenize_all(data, size, TOK_EXTRA_TOKENS);
    tokenize_all(data, size, 0);

    Arena *a = arena_new();
    ParseError err;
    AstModule *m = parse_file(a, (const char *)data, size, "<fuzz>", &err);
    if (m) {
        ParseError serr;
        symtable_build(a, m, "<fuzz>", 0, &serr);
        symtable_build(a, m, "<fuzz>", SYMTABLE_PY313, &serr);
        if (sink)
            ast_dump_module(sink, m);
    } else if (sink) {
        ast_print_syntax_error(sink, "<fuzz>", &err);
    }
    arena_free(a);
    return 0;
}
