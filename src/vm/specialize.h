/* Specialization of instructions in place (PEP 659 style): inline-cache
 * accessors, the warm-up counter, and the specializers that rewrite a
 * generic instruction into a specialized form. docs/bytecode.md,
 * "Specialization".
 *
 * Thread safety: code objects are shared. Cache units and opcodes are read
 * and written with relaxed 16-bit atomics (plain moves on every target);
 * a specializer writes the caches first and then publishes the opcode with
 * a release store. A reader may still see a torn or stale cache (another
 * thread specializing the same instruction, or a deopt racing with a
 * respecialization): every specialized instruction validates its guards
 * (type version tags, which are never reused; dict entries checked by key
 * identity) on every execution, so a bad cache only causes a fallback. */
#ifndef FT_SPECIALIZE_H
#define FT_SPECIALIZE_H

#include "vm/frame.h"

static inline uint16_t cache_u16(const CodeUnit *c) { return __atomic_load_n(c, __ATOMIC_RELAXED); }
static inline uint32_t cache_u32(const CodeUnit *c)
{
    return (uint32_t)cache_u16(c) | (uint32_t)cache_u16(c + 1) << 16;
}
static inline uint64_t cache_u64(const CodeUnit *c)
{
    return (uint64_t)cache_u32(c) | (uint64_t)cache_u32(c + 2) << 32;
}
static inline void cache_put16(CodeUnit *c, uint16_t v) { __atomic_store_n(c, v, __ATOMIC_RELAXED); }
static inline void cache_put32(CodeUnit *c, uint32_t v)
{
    cache_put16(c, (uint16_t)v);
    cache_put16(c + 1, (uint16_t)(v >> 16));
}
static inline void cache_put64(CodeUnit *c, uint64_t v)
{
    cache_put32(c, (uint32_t)v);
    cache_put32(c + 2, (uint32_t)(v >> 32));
}

/* The warm-up counter, the first cache unit of a specializable
 * instruction: low 12 bits count executions down to the next attempt, the
 * high 4 bits are the backoff exponent. 0 (as compiled): try at the first
 * execution. SPEC_OFF: the instruction gave up; it is never written
 * again, so a polymorphic site costs no stores to the shared code. */
#define SPEC_OFF 0xFFFF
#define SPEC_MAX_TRIES 10

/* Called by a generic instruction: true when it should try to specialize
 * now (otherwise counts down). */
static inline bool spec_should_try(CodeUnit *counter)
{
    uint16_t c = cache_u16(counter);
    if (c & 0xFFF) {
        if (c != SPEC_OFF)
            cache_put16(counter, (uint16_t)(c - 1));
        return false;
    }
    return true;
}

/* Specializers. instr is the instruction's own unit (its caches follow);
 * on success they publish the specialized opcode, otherwise they back the
 * counter off. None raises. */
void spec_load_global(CodeUnit *instr, Frame *f, Object *name);
void spec_load_attr(CodeUnit *instr, Value owner, Object *name, int oparg);
void spec_store_attr(CodeUnit *instr, Value owner, Object *name);
void spec_call(CodeUnit *instr, Value callable, Value self);
void spec_binary_op(CodeUnit *instr, Value a, Value b, int oparg);
/* A specialized instruction whose guard failed: back to the generic form
 * (with backoff before the next attempt). */
void spec_deopt(CodeUnit *instr);

#endif
