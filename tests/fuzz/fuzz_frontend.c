/* libFuzzer target over the compiler: tokenizer (both modes), parser,
 * symbol table (3.14 and 3.13 modes), the AST printer, and the bytecode
 * compiler (code generation and assembly) for inputs that parse. Any input
 * must produce tokens, an AST, a code object or a SyntaxError -- never a
 * crash, a hang, an out-of-bounds access or a leak. Built by `make fuzz`. */
#include <stdint.h>
#include <stdio.h>

#include "compiler/arena.h"
#include "compiler/ast_dump.h"
#include "compiler/parser.h"
#include "compiler/symtable.h"
#include "compiler/tokenizer.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "runtime/pyhash.h"
#include "runtime/tstate.h"
#include "vm/vm.h"

int types_init(void);

/* The bytecode compiler needs the object layer: brought up once. */
static void compile_all(const uint8_t *data, size_t size)
{
    static Value filename;
    if (!filename) {
        hash_init_secret("0");
        ts_attach(ts_create());
        if (types_init() < 0)
            return;
        filename = str_from_cstr("<fuzz>");
    }
    Value code = vm_compile((const char *)data, size, val_as_obj(filename), COMPILE_EXEC, 0);
    if (code)
        val_decref(code);
    else
        err_clear();
}

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
        compile_all(data, size);
    } else if (sink) {
        ast_print_syntax_error(sink, "<fuzz>", &err);
    }
    arena_free(a);
    return 0;
}
