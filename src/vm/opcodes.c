/* Tables derived from the instruction set of opcodes.h: names, cache
 * sizes, flags, and the stack effect of each instruction. */
#include "vm/opcodes.h"

const char *const op_names[OPCODE_COUNT] = {
#define OP_NAME(name, se, cache, flags) #name,
    OPCODES(OP_NAME)
#undef OP_NAME
};

const uint8_t op_cache[OPCODE_COUNT] = {
#define OP_CACHE(name, se, cache, flags) cache,
    OPCODES(OP_CACHE)
#undef OP_CACHE
};

const uint16_t op_flags[OPCODE_COUNT] = {
#define OP_FLAGS(name, se, cache, flags) flags,
    OPCODES(OP_FLAGS)
#undef OP_FLAGS
};

static const int8_t fixed_effect[OPCODE_COUNT] = {
#define OP_SE(name, se, cache, flags) se,
    OPCODES(OP_SE)
#undef OP_SE
};

#define INTR_NAME(n) #n,
const char *const intrinsic1_names[INTRINSIC1_COUNT] = {INTRINSICS1(INTR_NAME)};
const char *const intrinsic2_names[INTRINSIC2_COUNT] = {INTRINSICS2(INTR_NAME)};
#undef INTR_NAME

int op_stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case FOR_ITER: return jump ? -1 : 1; /* exhausted: the iterator is popped */
    case LOAD_GLOBAL: return 1 + (arg & 1);
    case LOAD_ATTR: return arg & 1;
    case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING:
    case BUILD_SLICE:
        return 1 - arg;
    case BUILD_MAP: return 1 - 2 * arg;
    case UNPACK_SEQUENCE: return arg - 1;
    case UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case CALL: return -1 - arg;
    case CALL_KW: return -2 - arg;
    case CALL_FUNCTION_EX: return -2 - (arg & 1);
    case RAISE_VARARGS: return -arg;
    /* Handlers: the stack is cut to the depth at the SETUP, then (lasti and)
     * the exception are pushed. SETUP_WITH's depth excludes the value
     * __enter__ returned, which sits on top at the SETUP. */
    case SETUP_FINALLY: return jump ? 1 : 0;
    case SETUP_CLEANUP: return jump ? 2 : 0;
    case SETUP_WITH: return jump ? 1 : 0;
    default: return fixed_effect[op];
    }
}
