/* The disassembler: `ftpy -X dis FILE` prints every code object of a
 * module in the style of CPython's dis.dis (line, offset, jump-target
 * marker, opcode, argument and its meaning), then the exception table,
 * then the nested code objects. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "runtime/readfile.h"
#include "vm/code.h"

static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const binop_names[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

static void put_repr(FILE *out, Value v)
{
    Value r = obj_repr(v);
    if (!r) {
        err_clear();
        fputs("<repr failed>", out);
        return;
    }
    fputs(str_utf8_lossy(val_as_str(r)), out);
    val_decref(r);
}

static void put_str(FILE *out, Value v) { fputs(str_utf8_lossy(val_as_str(v)), out); }

static void put_name(FILE *out, Value tuple, int i)
{
    if (i >= 0 && i < tuple_size(val_as_obj(tuple)))
        put_str(out, tuple_get(val_as_obj(tuple), i));
    else
        fputs("<bad index>", out);
}

/* Decodes the instruction at unit i: opcode, full argument, its length. */
static int decode(const CodeObj *co, int i, int *op, int *arg)
{
    int a = 0, start = i;
    while (i < co->ncode && CU_OP(co->code[i]) == EXTENDED_ARG) {
        a = (a << 8) | CU_ARG(co->code[i]);
        i++;
    }
    if (i >= co->ncode) {
        *op = EXTENDED_ARG;
        *arg = a;
        return i - start;
    }
    *op = CU_OP(co->code[i]);
    *arg = (a << 8) | CU_ARG(co->code[i]);
    return i - start + 1 + (*op < OPCODE_COUNT ? op_cache[*op] : 0);
}

static int jump_target(int op, int arg, int end)
{
    if (op_flags[op] & OPF_JUMP_BACK)
        return end - arg;
    return end + arg;
}

static void dis_code(FILE *out, Value code);

static void dis_one(FILE *out, CodeObj *co)
{
    /* jump targets for the >> marker */
    char *is_target = calloc((size_t)co->ncode + 1, 1);
    for (int i = 0; i < co->ncode;) {
        int op, arg;
        int n = decode(co, i, &op, &arg);
        if (op < OPCODE_COUNT && (op_flags[op] & (OPF_JUMP | OPF_JUMP_BACK))) {
            int t = jump_target(op, arg, i + n);
            if (t >= 0 && t <= co->ncode && is_target)
                is_target[t] = 1;
        }
        i += n > 0 ? n : 1;
    }
    for (int e = 0; e < co->nexc && is_target; e++)
        if (co->exctable[e].target <= (uint32_t)co->ncode)
            is_target[co->exctable[e].target] = 1;
    int prev_line = -2;
    for (int i = 0; i < co->ncode;) {
        int op, arg;
        int start = i;
        while (start < co->ncode && CU_OP(co->code[start]) == EXTENDED_ARG)
            start++;
        int n = decode(co, i, &op, &arg);
        int line = code_line(co, start);
        if (line != prev_line) {
            if (i > 0)
                fputc('\n', out);
            if (line >= 0)
                fprintf(out, "%4d", line);
            else
                fputs("  --", out);
            prev_line = line;
        } else {
            fputs("    ", out);
        }
        fprintf(out, "   %s%6d %-26s", is_target && is_target[i] ? ">>" : "  ", i * 2,
                op < OPCODE_COUNT ? op_names[op] : "<unknown>");
        bool noarg = op >= OPCODE_COUNT || (op_flags[op] & OPF_NOARG);
        if (!noarg) {
            fprintf(out, " %4d", arg);
            fputs(" (", out);
            int end = i + n;
            uint16_t fl = op < OPCODE_COUNT ? op_flags[op] : 0;
            if (fl & OPF_CONST) {
                put_repr(out, tuple_get(val_as_obj(co->consts), arg));
            } else if (op == LOAD_GLOBAL) {
                if (arg & 1)
                    fputs("NULL + ", out);
                put_name(out, co->names, arg >> 1);
            } else if (op == LOAD_ATTR) {
                put_name(out, co->names, arg >> 1);
                if (arg & 1)
                    fputs(" + NULL|self", out);
            } else if (fl & OPF_NAME) {
                put_name(out, co->names, arg);
            } else if (fl & (OPF_LOCAL | OPF_FREE)) {
                put_name(out, co->localsplusnames, arg);
            } else if (op == LOAD_FAST_LOAD_FAST) {
                put_name(out, co->localsplusnames, arg >> 4);
                fputs(", ", out);
                put_name(out, co->localsplusnames, arg & 15);
            } else if (fl & (OPF_JUMP | OPF_JUMP_BACK)) {
                fprintf(out, "to %d", jump_target(op, arg, end) * 2);
            } else if (op == BINARY_OP) {
                int b = arg >= BINOP_INPLACE ? arg - BINOP_INPLACE : arg;
                fprintf(out, "%s%s", b < 13 ? binop_names[b] : "?", arg >= BINOP_INPLACE ? "=" : "");
            } else if (op == COMPARE_OP) {
                fputs(arg < 6 ? cmp_names[arg] : "?", out);
            } else if (op == IS_OP) {
                fputs(arg ? "is not" : "is", out);
            } else if (op == CONTAINS_OP) {
                fputs(arg ? "not in" : "in", out);
            } else if (op == CALL_INTRINSIC_1) {
                fputs(arg < INTRINSIC1_COUNT ? intrinsic1_names[arg] : "?", out);
            } else if (op == CALL_INTRINSIC_2) {
                fputs(arg < INTRINSIC2_COUNT ? intrinsic2_names[arg] : "?", out);
            } else if (op == CONVERT_VALUE) {
                fputs(arg == CONV_STR ? "str" : arg == CONV_REPR ? "repr" : "ascii", out);
            } else if (op == SET_FUNCTION_ATTRIBUTE) {
                fputs(arg == FN_DEFAULTS ? "defaults" : arg == FN_KWDEFAULTS ? "kwdefaults"
                      : arg == FN_ANNOTATIONS ? "annotations" : arg == FN_CLOSURE ? "closure" : "annotate",
                      out);
            } else if (op == UNPACK_EX) {
                fprintf(out, "%d, %d", arg & 0xff, arg >> 8);
            } else {
                fprintf(out, "%d", arg);
            }
            fputc(')', out);
        }
        fputc('\n', out);
        i += n > 0 ? n : 1;
    }
    if (co->nexc) {
        fputs("ExceptionTable:\n", out);
        for (int e = 0; e < co->nexc; e++) {
            const ExcEntry *x = &co->exctable[e];
            fprintf(out, "  %u to %u -> %u [%u]%s\n", x->start * 2, x->end * 2, x->target * 2, x->depth,
                    x->lasti ? " lasti" : "");
        }
    }
    free(is_target);
}

static void dis_code(FILE *out, Value code)
{
    CodeObj *co = val_as_code(code);
    dis_one(out, co);
    Object *consts = val_as_obj(co->consts);
    for (ssize_t i = 0; i < tuple_size(consts); i++) {
        Value c = tuple_get(consts, i);
        if (!val_is_code(c))
            continue;
        fputs("\nDisassembly of ", out);
        put_repr(out, c);
        fputs(":\n", out);
        dis_code(out, c);
    }
}

int dis_main(const char *path)
{
    size_t len;
    char *src = file_read_all(path, &len);
    if (!src) {
        fprintf(stderr, "ftpy: can't open file '%s'\n", path);
        return 2;
    }
    Value fname = str_from_cstr(path);
    if (!fname) {
        free(src);
        exc_print(err_fetch());
        return 1;
    }
    Value code = vm_compile(src, len, val_as_obj(fname), COMPILE_EXEC, -1);
    free(src);
    val_decref(fname);
    if (!code) {
        Value e = err_fetch();
        exc_print(e);
        val_decref(e);
        return 1;
    }
    dis_code(stdout, code);
    val_decref(code);
    return 0;
}
