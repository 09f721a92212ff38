/* The instruction set, defined once: every opcode with its stack effect,
 * inline-cache size and flags (X-macro), and the argument encodings the
 * compiler, the eval loop and the disassembler share. docs/bytecode.md. */
#ifndef FT_OPCODES_H
#define FT_OPCODES_H

#include <stdbool.h>
#include <stdint.h>

/* A code unit: opcode in the low byte, argument in the high byte. Arguments
 * wider than 8 bits are prefixed by EXTENDED_ARG units (most significant
 * first). Specializable instructions are followed by `cache` zeroed units. */
typedef uint16_t CodeUnit;
#define CU_OP(u) ((uint8_t)((u) & 0xff))
#define CU_ARG(u) ((uint8_t)((u) >> 8))
#define CU_MAKE(op, arg) ((CodeUnit)((op) | ((arg) << 8)))

/* Flags. */
enum {
    OPF_CONST = 1 << 0,   /* arg indexes co_consts */
    OPF_NAME = 1 << 1,    /* arg (>> 1 for LOAD_GLOBAL/LOAD_ATTR) indexes co_names */
    OPF_LOCAL = 1 << 2,   /* arg indexes the fast locals */
    OPF_FREE = 1 << 3,    /* arg indexes a cell or free variable slot */
    OPF_JUMP = 1 << 4,    /* relative jump forward by arg units (after caches) */
    OPF_JUMP_BACK = 1 << 5, /* relative jump backward */
    OPF_TERM = 1 << 6,    /* control never falls through */
    OPF_PSEUDO = 1 << 7,  /* compiler-only; replaced before assembly */
    OPF_NOARG = 1 << 8,   /* the argument is ignored */
    OPF_COND = 1 << 9,    /* a conditional jump (falls through too) */
};

/* X(name, stack effect, cache units, flags). SE_VAR: computed by
 * op_stack_effect from the argument. Stack pictures are in
 * docs/bytecode.md; the semantics live in eval.c. */
#define SE_VAR 99
#define OPCODES(X)                                                           \
    X(CACHE, 0, 0, OPF_NOARG)                                                \
    X(NOP, 0, 0, OPF_NOARG)                                                  \
    X(EXTENDED_ARG, 0, 0, 0)                                                 \
    X(POP_TOP, -1, 0, OPF_NOARG)                                             \
    X(PUSH_NULL, 1, 0, OPF_NOARG)                                            \
    X(COPY, 1, 0, 0)                                                         \
    X(SWAP, 0, 0, 0)                                                         \
    X(END_SEND, -1, 0, OPF_NOARG)                                            \
    X(UNARY_NEGATIVE, 0, 0, OPF_NOARG)                                       \
    X(UNARY_NOT, 0, 0, OPF_NOARG)                                            \
    X(UNARY_INVERT, 0, 0, OPF_NOARG)                                         \
    X(TO_BOOL, 0, 1, OPF_NOARG)                                              \
    X(BINARY_OP, -1, 1, 0)                                                   \
    X(BINARY_SUBSCR, -1, 1, OPF_NOARG)                                       \
    X(STORE_SUBSCR, -3, 1, OPF_NOARG)                                        \
    X(DELETE_SUBSCR, -2, 0, OPF_NOARG)                                       \
    X(BINARY_SLICE, -2, 0, OPF_NOARG)                                        \
    X(STORE_SLICE, -4, 0, OPF_NOARG)                                         \
    X(COMPARE_OP, -1, 1, 0)                                                  \
    X(IS_OP, -1, 0, 0)                                                       \
    X(CONTAINS_OP, -1, 1, 0)                                                 \
    X(GET_ITER, 0, 0, OPF_NOARG)                                             \
    X(FOR_ITER, SE_VAR, 1, OPF_JUMP | OPF_COND)                              \
    X(RETURN_VALUE, -1, 0, OPF_NOARG | OPF_TERM)                             \
    X(RETURN_CONST, 0, 0, OPF_CONST | OPF_TERM)                              \
    X(LOAD_CONST, 1, 0, OPF_CONST)                                           \
    X(LOAD_FAST, 1, 0, OPF_LOCAL)                                            \
    X(LOAD_FAST_CHECK, 1, 0, OPF_LOCAL)                                      \
    X(LOAD_FAST_AND_CLEAR, 1, 0, OPF_LOCAL)                                  \
    X(LOAD_FAST_LOAD_FAST, 2, 0, 0)                                          \
    X(STORE_FAST, -1, 0, OPF_LOCAL)                                          \
    X(DELETE_FAST, 0, 0, OPF_LOCAL)                                          \
    X(LOAD_GLOBAL, SE_VAR, 4, OPF_NAME)                                      \
    X(STORE_GLOBAL, -1, 0, OPF_NAME)                                         \
    X(DELETE_GLOBAL, 0, 0, OPF_NAME)                                         \
    X(LOAD_NAME, 1, 0, OPF_NAME)                                             \
    X(STORE_NAME, -1, 0, OPF_NAME)                                           \
    X(DELETE_NAME, 0, 0, OPF_NAME)                                           \
    X(LOAD_LOCALS, 1, 0, OPF_NOARG)                                          \
    X(LOAD_FROM_DICT_OR_GLOBALS, 0, 0, OPF_NAME)                             \
    X(LOAD_DEREF, 1, 0, OPF_FREE)                                            \
    X(STORE_DEREF, -1, 0, OPF_FREE)                                          \
    X(DELETE_DEREF, 0, 0, OPF_FREE)                                          \
    X(LOAD_FROM_DICT_OR_DEREF, 0, 0, OPF_FREE)                               \
    X(MAKE_CELL, 0, 0, OPF_FREE)                                             \
    X(COPY_FREE_VARS, 0, 0, 0)                                               \
    X(LOAD_ATTR, SE_VAR, 4, OPF_NAME)                                        \
    X(STORE_ATTR, -2, 4, OPF_NAME)                                           \
    X(DELETE_ATTR, -1, 0, OPF_NAME)                                          \
    X(BUILD_TUPLE, SE_VAR, 0, 0)                                             \
    X(BUILD_LIST, SE_VAR, 0, 0)                                              \
    X(BUILD_SET, SE_VAR, 0, 0)                                               \
    X(BUILD_MAP, SE_VAR, 0, 0)                                               \
    X(BUILD_STRING, SE_VAR, 0, 0)                                            \
    X(BUILD_SLICE, SE_VAR, 0, 0)                                             \
    X(LIST_APPEND, -1, 0, 0)                                                 \
    X(SET_ADD, -1, 0, 0)                                                     \
    X(MAP_ADD, -2, 0, 0)                                                     \
    X(LIST_EXTEND, -1, 0, 0)                                                 \
    X(SET_UPDATE, -1, 0, 0)                                                  \
    X(DICT_UPDATE, -1, 0, 0)                                                 \
    X(DICT_MERGE, -1, 0, 0)                                                  \
    X(UNPACK_SEQUENCE, SE_VAR, 1, 0)                                         \
    X(UNPACK_EX, SE_VAR, 0, 0)                                               \
    X(POP_JUMP_IF_FALSE, -1, 0, OPF_JUMP | OPF_COND)                         \
    X(POP_JUMP_IF_TRUE, -1, 0, OPF_JUMP | OPF_COND)                          \
    X(POP_JUMP_IF_NONE, -1, 0, OPF_JUMP | OPF_COND)                          \
    X(POP_JUMP_IF_NOT_NONE, -1, 0, OPF_JUMP | OPF_COND)                      \
    X(JUMP_FORWARD, 0, 0, OPF_JUMP | OPF_TERM)                               \
    X(JUMP_BACKWARD, 0, 0, OPF_JUMP_BACK | OPF_TERM)                         \
    X(JUMP_BACKWARD_NO_INTERRUPT, 0, 0, OPF_JUMP_BACK | OPF_TERM)            \
    X(CALL, SE_VAR, 1, 0)                                                    \
    X(CALL_KW, SE_VAR, 1, 0)                                                 \
    X(CALL_FUNCTION_EX, SE_VAR, 0, 0)                                        \
    X(CALL_INTRINSIC_1, 0, 0, 0)                                             \
    X(CALL_INTRINSIC_2, -1, 0, 0)                                            \
    X(MAKE_FUNCTION, 0, 0, OPF_NOARG)                                        \
    X(SET_FUNCTION_ATTRIBUTE, -1, 0, 0)                                      \
    X(LOAD_BUILD_CLASS, 1, 0, OPF_NOARG)                                     \
    X(RAISE_VARARGS, SE_VAR, 0, OPF_TERM)                                    \
    X(RERAISE, -1, 0, OPF_TERM)                                              \
    X(PUSH_EXC_INFO, 1, 0, OPF_NOARG)                                        \
    X(POP_EXCEPT, -1, 0, OPF_NOARG)                                          \
    X(CHECK_EXC_MATCH, 0, 0, OPF_NOARG)                                      \
    X(CHECK_EG_MATCH, 0, 0, OPF_NOARG)                                       \
    X(WITH_EXCEPT_START, 1, 0, OPF_NOARG)                                    \
    X(BEFORE_WITH, 1, 0, OPF_NOARG)                                          \
    X(BEFORE_ASYNC_WITH, 1, 0, OPF_NOARG)                                    \
    X(CLEANUP_THROW, -1, 0, OPF_NOARG)                                       \
    X(LOAD_ASSERTION_ERROR, 1, 0, OPF_NOARG)                                 \
    X(GET_YIELD_FROM_ITER, 0, 0, OPF_NOARG)                                  \
    X(SEND, 0, 1, OPF_JUMP | OPF_COND)                                       \
    X(YIELD_VALUE, 0, 0, 0)                                                  \
    X(RESUME, 0, 0, 0)                                                       \
    X(GET_AWAITABLE, 0, 0, 0)                                                \
    X(GET_AITER, 0, 0, OPF_NOARG)                                            \
    X(GET_ANEXT, 1, 0, OPF_NOARG)                                            \
    X(END_ASYNC_FOR, -2, 0, OPF_NOARG)                                       \
    X(FORMAT_SIMPLE, 0, 0, OPF_NOARG)                                        \
    X(FORMAT_WITH_SPEC, -1, 0, OPF_NOARG)                                    \
    X(CONVERT_VALUE, 0, 0, 0)                                                \
    X(MATCH_CLASS, -2, 0, 0)                                                 \
    X(MATCH_MAPPING, 1, 0, OPF_NOARG)                                        \
    X(MATCH_SEQUENCE, 1, 0, OPF_NOARG)                                       \
    X(MATCH_KEYS, 1, 0, OPF_NOARG)                                           \
    X(GET_LEN, 1, 0, OPF_NOARG)                                              \
    X(IMPORT_NAME, -1, 0, OPF_NAME)                                          \
    X(IMPORT_FROM, 1, 0, OPF_NAME)                                           \
    X(SETUP_ANNOTATIONS, 0, 0, OPF_NOARG)                                    \
    /* Pseudo instructions: the compiler's, gone before assembly. */         \
    X(JUMP, 0, 0, OPF_PSEUDO | OPF_TERM)                                     \
    X(JUMP_NO_INTERRUPT, 0, 0, OPF_PSEUDO | OPF_TERM)                        \
    X(SETUP_FINALLY, SE_VAR, 0, OPF_PSEUDO)                                  \
    X(SETUP_CLEANUP, SE_VAR, 0, OPF_PSEUDO)                                  \
    X(SETUP_WITH, SE_VAR, 0, OPF_PSEUDO)                                     \
    X(POP_BLOCK, 0, 0, OPF_PSEUDO | OPF_NOARG)                               \
    X(LOAD_CLOSURE, 1, 0, OPF_PSEUDO | OPF_FREE)                             \
    X(STORE_FAST_MAYBE_NULL, -1, 0, OPF_PSEUDO | OPF_LOCAL)                  \
    X(LABEL, 0, 0, OPF_PSEUDO)

typedef enum {
#define OP_ENUM(name, se, cache, flags) name,
    OPCODES(OP_ENUM)
#undef OP_ENUM
    OPCODE_COUNT
} Opcode;

_Static_assert(OPCODE_COUNT <= 256, "opcodes fit in a byte");

extern const char *const op_names[OPCODE_COUNT];
extern const uint8_t op_cache[OPCODE_COUNT];
extern const uint16_t op_flags[OPCODE_COUNT];

/* Stack effect of op with arg; jump: along the jump edge. */
int op_stack_effect(int op, int arg, bool jump);

/* Arguments of SET_FUNCTION_ATTRIBUTE. */
enum {
    FN_DEFAULTS = 1, FN_KWDEFAULTS = 2, FN_ANNOTATIONS = 4, FN_CLOSURE = 8,
    FN_ANNOTATE = 16,
};

/* CALL_INTRINSIC_1 functions. */
#define INTRINSICS1(X)                                                        \
    X(INTRINSIC_1_INVALID) X(INTRINSIC_PRINT) X(INTRINSIC_IMPORT_STAR)        \
    X(INTRINSIC_STOPITERATION_ERROR) X(INTRINSIC_ASYNC_GEN_WRAP)              \
    X(INTRINSIC_UNARY_POSITIVE) X(INTRINSIC_LIST_TO_TUPLE) X(INTRINSIC_TYPEVAR) \
    X(INTRINSIC_PARAMSPEC) X(INTRINSIC_TYPEVARTUPLE)                          \
    X(INTRINSIC_SUBSCRIPT_GENERIC) X(INTRINSIC_TYPEALIAS)
/* CALL_INTRINSIC_2 functions. */
#define INTRINSICS2(X)                                                        \
    X(INTRINSIC_2_INVALID) X(INTRINSIC_PREP_RERAISE_STAR)                     \
    X(INTRINSIC_TYPEVAR_WITH_BOUND) X(INTRINSIC_TYPEVAR_WITH_CONSTRAINTS)     \
    X(INTRINSIC_SET_FUNCTION_TYPE_PARAMS) X(INTRINSIC_SET_TYPEPARAM_DEFAULT)

#define INTR_ENUM(n) n,
enum { INTRINSICS1(INTR_ENUM) INTRINSIC1_COUNT };
enum { INTRINSICS2(INTR_ENUM) INTRINSIC2_COUNT };
#undef INTR_ENUM
extern const char *const intrinsic1_names[INTRINSIC1_COUNT];
extern const char *const intrinsic2_names[INTRINSIC2_COUNT];

/* BINARY_OP: BinOp of obj.h, plus BINOP_INPLACE for the augmented forms. */
#define BINOP_INPLACE 13

/* COMPARE_OP: arg = cmp << 1 | to_bool (the result feeds a branch). */
/* GET_AWAITABLE arg: 0 await, 1 after __aenter__, 2 after __aexit__. */
/* CONVERT_VALUE arg: 1 str, 2 repr, 3 ascii. */
enum { CONV_STR = 1, CONV_REPR = 2, CONV_ASCII = 3 };
/* RESUME arg: 0 function start, 1 after yield, 2 after yield from, 3 after await. */

#endif
