/* Unit tests for the tokenizer's API: the parser-mode stream, t-strings
 * (python3.13 cannot make .exp files for them), error records with
 * CPython 3.13/3.14's messages and positions, encodings, and a small
 * deterministic fuzz for termination. Conformance with `python -m tokenize`
 * is tests/tokenizer/run.sh's job. */
#include "compiler/tokenizer.h"
#include "unit.h"

/* Tokenizes src and compares the types (and, where given, texts) with
 * want, which ends with -1. Texts: NULL entries are not checked. */
static int tok_expect(const char *src, int flags, const int *want, const char *const *texts)
{
    Tokenizer *t = tok_new(src, strlen(src), "<test>", flags);
    Token tk;
    int ok = 1;
    for (int i = 0;; i++) {
        int type = tok_next(t, &tk);
        if (want[i] < 0 || type != want[i] ||
            (texts && texts[i] && (tk.len != strlen(texts[i]) ||
                                   memcmp(tk.start, texts[i], tk.len) != 0))) {
            if (want[i] >= 0 || type != TOK_ENDMARKER) {
                fprintf(stderr, "  token %d: got %s '%.*s', want %s\n", i, tok_type_name(type),
                        (int)tk.len, tk.start ? tk.start : "",
                        want[i] >= 0 ? tok_type_name(want[i]) : "(end)");
                ok = 0;
            }
            break;
        }
        if (type == TOK_ENDMARKER || type == TOK_ERRORTOKEN)
            break;
    }
    tok_free(t);
    return ok;
}

/* The first error in src (parser mode): checks kind, message, line and
 * offset as CPython's SyntaxError reports them (checked with python3.13's
 * compile()). */
static int tok_expect_error(const char *src, TokExcKind kind, const char *msg, int lineno,
                            int offset)
{
    Tokenizer *t = tok_new(src, strlen(src), "<test>", 0);
    Token tk;
    int type, n = 0;
    while ((type = tok_next(t, &tk)) != TOK_ERRORTOKEN && type != TOK_ENDMARKER && n++ < 10000)
        ;
    int ok = type == TOK_ERRORTOKEN;
    const TokError *e = tok_error(t);
    if (ok && (e->kind != kind || strcmp(e->msg, msg) != 0 || e->lineno != lineno ||
               e->offset != offset))
        ok = 0;
    if (!ok)
        fprintf(stderr, "  for %s: got %d '%s' at %d:%d; want '%s' at %d:%d\n", src,
                type == TOK_ERRORTOKEN ? (int)e->kind : -1,
                type == TOK_ERRORTOKEN ? e->msg : "(no error)", e->lineno, e->offset, msg,
                lineno, offset);
    tok_free(t);
    return ok;
}

TEST(parser_stream)
{
    /* No COMMENT/NL/ENCODING; exact operator types; INDENT/DEDENT. */
    static const int want[] = {
        TOK_NAME, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_DOUBLESTAREQUAL,
        TOK_LPAR, TOK_NUMBER, TOK_COMMA, TOK_STRING, TOK_RPAR, TOK_NEWLINE, TOK_DEDENT,
        TOK_NAME, TOK_COLONEQUAL, TOK_ELLIPSIS, TOK_RARROW, TOK_NOTEQUAL, TOK_NEWLINE,
        TOK_ENDMARKER, -1};
    static const char *const texts[] = {"if", "x", ":", NULL, NULL, "y", "**=", "(", "1",
                                        ",", "'s'", ")", NULL, NULL, "z", ":=", "...", "->",
                                        "!=", NULL, NULL};
    CHECK(tok_expect("if x:  # c\n\n    y **= (1,\n  # c\n 's')\nz := ... -> !=\n", 0, want,
                     texts));
}

TEST(extra_stream)
{
    /* The newline CPython adds to an unterminated last line prints as ''. */
    static const int want[] = {TOK_ENCODING, TOK_COMMENT, TOK_NL, TOK_NAME, TOK_NEWLINE,
                               TOK_COMMENT, TOK_NL, TOK_ENDMARKER, -1};
    static const char *const texts[] = {"utf-8", "# c", "\n", "x", "\n", "# e", "", ""};
    CHECK(tok_expect("# c\nx\n# e", TOK_EXTRA_TOKENS, want, texts));
    static const int want2[] = {TOK_ENCODING, TOK_COMMENT, TOK_NL, TOK_NAME, TOK_NEWLINE,
                                TOK_ENDMARKER, -1};
    CHECK(tok_expect("# c\nx\n", TOK_EXTRA_TOKENS, want2, NULL));
}

TEST(tstrings)
{
    static const int want[] = {
        TOK_TSTRING_START, TOK_TSTRING_MIDDLE, TOK_LBRACE, TOK_NAME, TOK_EXCLAMATION,
        TOK_NAME, TOK_COLON, TOK_TSTRING_MIDDLE, TOK_LBRACE, TOK_NAME, TOK_RBRACE,
        TOK_TSTRING_MIDDLE, TOK_RBRACE, TOK_TSTRING_MIDDLE, TOK_TSTRING_END, TOK_NEWLINE,
        TOK_ENDMARKER, -1};
    static const char *const texts[] = {"t\"", "a", "{", "b", "!", "r", ":", ">", "{", "w",
                                        "}", "", "}", "c{", "\"", NULL, NULL};
    CHECK(tok_expect("t\"a{b!r:>{w}}c{{\"\n", 0, want, texts));

    /* Prefixes: t, T, tr, rt, Rt; raw t-strings keep \N{...} unparsed. */
    static const int want2[] = {
        TOK_TSTRING_START, TOK_TSTRING_END, TOK_TSTRING_START, TOK_TSTRING_END,
        TOK_TSTRING_START, TOK_TSTRING_MIDDLE, TOK_LBRACE, TOK_NAME, TOK_RBRACE,
        TOK_TSTRING_END, TOK_TSTRING_START, TOK_TSTRING_MIDDLE, TOK_TSTRING_END,
        TOK_NEWLINE, TOK_ENDMARKER, -1};
    static const char *const texts2[] = {"T'", "'", "tr'", "'", "Rt'", "\\N", "{", "x", "}",
                                         "'", "rT\"\"\"", "a\nb", "\"\"\"", NULL, NULL};
    CHECK(tok_expect("T'' tr'' Rt'\\N{x}' rT\"\"\"a\nb\"\"\"\n", 0, want2, texts2));

    /* f-strings and t-strings nest in each other. */
    static const int want3[] = {
        TOK_TSTRING_START, TOK_LBRACE, TOK_FSTRING_START, TOK_LBRACE, TOK_TSTRING_START,
        TOK_TSTRING_MIDDLE, TOK_TSTRING_END, TOK_RBRACE, TOK_FSTRING_END, TOK_RBRACE,
        TOK_TSTRING_END, TOK_NEWLINE, TOK_ENDMARKER, -1};
    CHECK(tok_expect("t\"{f\"{t\"x\"}\"}\"\n", 0, want3, NULL));

    /* Extra mode prints them as the tokenize module of 3.14 would. */
    static const int want4[] = {TOK_ENCODING, TOK_TSTRING_START, TOK_TSTRING_MIDDLE,
                                TOK_TSTRING_END, TOK_NEWLINE, TOK_ENDMARKER, -1};
    CHECK(tok_expect("t'x'\n", TOK_EXTRA_TOKENS, want4, NULL));

    CHECK(tok_expect_error("x = t\"{a\"\n", TOK_EXC_SYNTAX, "t-string: expecting '}'", 1, 9));
    CHECK(tok_expect_error("x = t\"abc\n", TOK_EXC_SYNTAX,
                           "unterminated t-string literal (detected at line 1)", 1, 5));
    CHECK(tok_expect_error("x = t'''abc\n\n", TOK_EXC_SYNTAX,
                           "unterminated triple-quoted t-string literal (detected at line 2)",
                           1, 5));
    CHECK(tok_expect_error("x = t\"a}\"\n", TOK_EXC_SYNTAX,
                           "t-string: single '}' is not allowed", 1, 8));
    /* 3.14's prefix errors. */
    CHECK(tok_expect_error("x = ft'a'\n", TOK_EXC_SYNTAX,
                           "'f' and 't' prefixes are incompatible", 1, 5));
    CHECK(tok_expect_error("x = bt'a'\n", TOK_EXC_SYNTAX,
                           "'b' and 't' prefixes are incompatible", 1, 5));
    CHECK(tok_expect_error("x = ub'a'\n", TOK_EXC_SYNTAX,
                           "'u' and 'b' prefixes are incompatible", 1, 5));
}

TEST(syntax_errors)
{
    /* Messages and positions as python3.13's compile() reports them. */
    CHECK(tok_expect_error("x = a\xe2\x82\xac" "b\n", TOK_EXC_SYNTAX,
                           "invalid character '\xe2\x82\xac' (U+20AC)", 1, 6));
    CHECK(tok_expect_error("x = a\xc2\xa0" "b\n", TOK_EXC_SYNTAX,
                           "invalid non-printable character U+00A0", 1, 6));
    CHECK(tok_expect_error("x = 1\x01\n", TOK_EXC_SYNTAX,
                           "invalid non-printable character U+0001", 1, 6));
    CHECK(tok_expect_error("x = 1)\n", TOK_EXC_SYNTAX, "unmatched ')'", 1, 6));
    CHECK(tok_expect_error("x = (1]\n", TOK_EXC_SYNTAX,
                           "closing parenthesis ']' does not match opening parenthesis '('",
                           1, 7));
    CHECK(tok_expect_error("x = (1,\n2]\n", TOK_EXC_SYNTAX,
                           "closing parenthesis ']' does not match opening parenthesis '(' "
                           "on line 1", 2, 2));
    CHECK(tok_expect_error("x = 0777\n", TOK_EXC_SYNTAX,
                           "leading zeros in decimal integer literals are not permitted; "
                           "use an 0o prefix for octal integers", 1, 5));
    CHECK(tok_expect_error("x = 0x\n", TOK_EXC_SYNTAX, "invalid hexadecimal literal", 1, 6));
    CHECK(tok_expect_error("x = 0x1g\n", TOK_EXC_SYNTAX, "invalid hexadecimal literal", 1, 7));
    CHECK(tok_expect_error("x = 1abc\n", TOK_EXC_SYNTAX, "invalid decimal literal", 1, 5));
    CHECK(tok_expect_error("x = 1_\n", TOK_EXC_SYNTAX, "invalid decimal literal", 1, 6));
    CHECK(tok_expect_error("x = 0o19\n", TOK_EXC_SYNTAX, "invalid digit '9' in octal literal",
                           1, 8));
    CHECK(tok_expect_error("x = 0b2\n", TOK_EXC_SYNTAX, "invalid digit '2' in binary literal",
                           1, 7));
    CHECK(tok_expect_error("x = 1e+\n", TOK_EXC_SYNTAX, "invalid decimal literal", 1, 7));
    CHECK(tok_expect_error("x = 1jx\n", TOK_EXC_SYNTAX, "invalid imaginary literal", 1, 6));
    CHECK(tok_expect_error("x = \"abc\ny\n", TOK_EXC_SYNTAX,
                           "unterminated string literal (detected at line 1)", 1, 5));
    CHECK(tok_expect_error("x = \"ab\\\"\n", TOK_EXC_SYNTAX,
                           "unterminated string literal (detected at line 1); "
                           "perhaps you escaped the end quote?", 1, 5));
    CHECK(tok_expect_error("x = \"\"\"abc\ny\n", TOK_EXC_SYNTAX,
                           "unterminated triple-quoted string literal (detected at line 2)",
                           1, 5));
    CHECK(tok_expect_error("x = f\"{a\n", TOK_EXC_SYNTAX, "'{' was never closed", 1, 7));
    CHECK(tok_expect_error("x = f\"a}\"\n", TOK_EXC_SYNTAX,
                           "f-string: single '}' is not allowed", 1, 8));
    CHECK(tok_expect_error("x = f\"{\"\n", TOK_EXC_SYNTAX, "f-string: expecting '}'", 1, 8));
    CHECK(tok_expect_error("x = f\"abc\n", TOK_EXC_SYNTAX,
                           "unterminated f-string literal (detected at line 1)", 1, 5));
    CHECK(tok_expect_error("x = f\"\"\"abc\n", TOK_EXC_SYNTAX,
                           "unterminated triple-quoted f-string literal (detected at line 1)",
                           1, 5));
    CHECK(tok_expect_error("f\"{a:{b:{c:{d}}}}\"\n", TOK_EXC_SYNTAX,
                           "f-string: expressions nested too deeply", 1, 11));
    CHECK(tok_expect_error("x = (1,\n2\n", TOK_EXC_SYNTAX, "'(' was never closed", 1, 5));
    CHECK(tok_expect_error("x = 1 + \\\n", TOK_EXC_SYNTAX, "unexpected EOF while parsing", 1,
                           10));
    CHECK(tok_expect_error("x = 1 \\ 2\n", TOK_EXC_SYNTAX,
                           "unexpected character after line continuation character", 1, 8));
    CHECK(tok_expect_error("if x:\n    y\n  z\n", TOK_EXC_INDENTATION,
                           "unindent does not match any outer indentation level", 3, 4));
    CHECK(tok_expect_error("if x:\n        y\n\tz\n", TOK_EXC_TAB,
                           "inconsistent use of tabs and spaces in indentation", 3, 1));
    Tokenizer *t = tok_new("x = 1\ny\0\n", 9, "<test>", 0);
    Token tk;
    CHECK_EQ_LL(tok_next(t, &tk), TOK_ERRORTOKEN);
    CHECK(strcmp(tok_error(t)->msg, "source code cannot contain null bytes") == 0);
    CHECK_EQ_LL(tok_error(t)->lineno, 2);
    tok_free(t);

    char deep[8192] = "";
    for (int i = 0; i < 101; i++) {
        size_t n = strlen(deep);
        memset(deep + n, ' ', (size_t)i);
        strcpy(deep + n + (size_t)i, "if x:\n");
    }
    strcat(deep, "  pass\n");
    CHECK(tok_expect_error(deep, TOK_EXC_INDENTATION, "too many levels of indentation", 101, 1));

    char parens[512] = "";
    for (int i = 0; i < 201; i++) strcat(parens, "(");
    CHECK(tok_expect_error(parens, TOK_EXC_SYNTAX, "too many nested parentheses", 1, 201));

    /* Not errors in parser mode: a number before a keyword (a warning in
     * CPython), '<>' (the parser's business), '$' (an OP token). */
    static const int want[] = {TOK_NUMBER, TOK_NAME, TOK_NUMBER, TOK_NAME, TOK_NUMBER,
                               TOK_NEWLINE, TOK_NAME, TOK_NOTEQUAL, TOK_NAME, TOK_OP,
                               TOK_NEWLINE, TOK_ENDMARKER, -1};
    CHECK(tok_expect("1if 2else 3\na <> b $\n", 0, want, NULL));
}

TEST(columns_and_encodings)
{
    /* Columns in characters and in bytes. */
    const char *src = "\xc3\xa9 = \"\xc3\xbc\"\n";
    Tokenizer *t = tok_new(src, strlen(src), "<test>", 0);
    Token tk;
    CHECK_EQ_LL(tok_next(t, &tk), TOK_NAME);
    CHECK_EQ_LL(tk.col, 0);
    CHECK_EQ_LL(tk.end_col, 1);
    CHECK_EQ_LL(tk.end_byte_col, 2);
    CHECK_EQ_LL(tok_next(t, &tk), TOK_EQUAL);
    CHECK_EQ_LL(tok_next(t, &tk), TOK_STRING);
    CHECK_EQ_LL(tk.col, 4);
    CHECK_EQ_LL(tk.byte_col, 5);
    CHECK_EQ_LL(tk.end_col, 7);
    CHECK_EQ_LL(tk.end_byte_col, 9);
    tok_free(t);

    /* latin-1 is decoded to UTF-8; the token text is UTF-8. */
    src = "# -*- coding: latin-1 -*-\nx = '\xe9'\n";
    t = tok_new(src, strlen(src), "<test>", 0);
    CHECK(strcmp(tok_encoding(t), "iso-8859-1") == 0);
    while (tok_next(t, &tk) != TOK_STRING && tk.type != TOK_ENDMARKER)
        ;
    CHECK(tk.len == 4 && memcmp(tk.start, "'\xc3\xa9'", 4) == 0);
    tok_free(t);

    /* BOM, then the cookie on line 2. */
    src = "\xef\xbb\xbf#!python\n# coding: utf-8\nx\n";
    t = tok_new(src, strlen(src), "<test>", 0);
    CHECK_EQ_LL(tok_next(t, &tk), TOK_NAME);
    CHECK_EQ_LL(tk.lineno, 3);
    tok_free(t);

    CHECK(tok_expect_error("# coding: klingon\n", TOK_EXC_SYNTAX, "unknown encoding: klingon",
                           0, 0));
    CHECK(tok_expect_error("\xef\xbb\xbf# coding: latin-1\n", TOK_EXC_SYNTAX,
                           "encoding problem: iso-8859-1 with BOM", 0, 0));
    t = tok_new("x = '\xff'\n", 9, "f.py", 0);
    CHECK_EQ_LL(tok_next(t, &tk), TOK_ERRORTOKEN);
    CHECK(strstr(tok_error(t)->msg, "Non-UTF-8 code starting with '\\xff' in file f.py") != NULL);
    tok_free(t);
}

TEST(op_table)
{
    CHECK_EQ_LL(tok_op_type("**=", 3), TOK_DOUBLESTAREQUAL);
    CHECK_EQ_LL(tok_op_type("//=", 3), TOK_DOUBLESLASHEQUAL);
    CHECK_EQ_LL(tok_op_type("->", 2), TOK_RARROW);
    CHECK_EQ_LL(tok_op_type("!", 1), TOK_EXCLAMATION);
    CHECK_EQ_LL(tok_op_type("$", 1), TOK_OP);
    CHECK_EQ_LL(tok_generic_type(TOK_LPAR), TOK_OP);
    CHECK_EQ_LL(tok_generic_type(TOK_FSTRING_START), TOK_FSTRING_START);
    CHECK(strcmp(tok_type_name(TOK_TSTRING_END), "TSTRING_END") == 0);
    CHECK(strcmp(tok_type_name(TOK_ENCODING), "ENCODING") == 0);
}

/* Random edits of tricky snippets must end (ENDMARKER or ERRORTOKEN, within
 * a bound) and every error must carry a message. The ASan build makes this
 * a memory-safety check too. */
TEST(mini_fuzz)
{
    static const char *const seeds[] = {
        "f'''{x:{y!r}}\n{{}}''' + rf\"\\N{a}\"\n",
        "if x:\n\ty = (1,\n  2)\n\telse:\\\n  pass\n",
        "t\"{a=}\" b'\\'' 0x_1 1e+5j .5 ...\n# c\r\n\f  z\n",
        "\xef\xbb\xbf# coding: latin-1\nx = '\xe9\xff'\n",
        "s = '''\n\\\n''' f\"{'}'}\" f'{f\"{1:{2}}\"}'\n",
    };
    static const char frags[] = "\"'{}()[]\\\n\r\t #:!=fbrtuxj0._\xc3\xa9\xff\x01";
    unsigned long long r = 12345;
    for (int it = 0; it < 20000; it++) {
        char buf[256];
        const char *s = seeds[it % 5];
        size_t n = strlen(s);
        memcpy(buf, s, n);
        for (int m = 0; m < 1 + it % 4; m++) {
            r = r * 6364136223846793005ULL + 1442695040888963407ULL;
            size_t pos = (size_t)(r >> 33) % n;
            char c = frags[(r >> 20) % (sizeof frags - 1)];
            if ((r >> 40) & 1) {
                buf[pos] = c;
            } else if (n + 1 < sizeof buf) {
                memmove(buf + pos + 1, buf + pos, n - pos);
                buf[pos] = c;
                n++;
            }
        }
        for (int flags = 0; flags <= TOK_EXTRA_TOKENS; flags++) {
            Tokenizer *t = tok_new(buf, n, "<fuzz>", flags);
            Token tk;
            int type, count = 0;
            while ((type = tok_next(t, &tk)) != TOK_ENDMARKER && type != TOK_ERRORTOKEN &&
                   count++ < 4 * (int)n + 100)
                ;
            CHECK(type == TOK_ENDMARKER || type == TOK_ERRORTOKEN);
            if (type == TOK_ERRORTOKEN)
                CHECK(tok_error(t)->msg[0] != 0);
            tok_free(t);
        }
    }
}

UNIT_MAIN(parser_stream, extra_stream, tstrings, syntax_errors, columns_and_encodings, op_table,
          mini_fuzz)
