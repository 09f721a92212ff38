/* The table of interned strings: one immortal str per text, shared by all
 * threads (identifiers, attribute names, sys.intern). */
#include <stdatomic.h>

#include "str_internal.h"
#include "tstate.h"

/* Open addressing with linear probing over a power-of-two array, at most
 * half full. Inserts and lookups both hold intern_lock: interning happens at
 * compile time and for sys.intern, not on the VM's hot paths, which compare
 * interned strings by pointer. The one-character Latin-1 strings are never
 * in the table (str_intern answers them from str_latin1_chars). */
static Mutex intern_lock = MUTEX_INIT;
static StrObj **intern_slots;
static size_t intern_cap, intern_count;

static size_t intern_probe(hash_t h, const char *data, ssize_t len, int kind)
{
    size_t mask = intern_cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        StrObj *e = intern_slots[i];
        if (!e)
            return i;
        if (atomic_load_explicit(&e->hash, memory_order_relaxed) == h && e->length == len &&
            e->kind == kind && memcmp(str_data(e), data, (size_t)len * (size_t)kind) == 0)
            return i;
    }
}

static bool intern_grow(void)
{
    size_t cap = intern_cap ? intern_cap * 2 : 1024;
    StrObj **slots = mem_calloc(cap, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < intern_cap; i++) {
        StrObj *e = intern_slots[i];
        if (!e)
            continue;
        size_t j = (size_t)atomic_load_explicit(&e->hash, memory_order_relaxed) & (cap - 1);
        while (slots[j])
            j = (j + 1) & (cap - 1);
        slots[j] = e;
    }
    mem_free(intern_slots);
    intern_slots = slots;
    intern_cap = cap;
    return true;
}

/* An immortal exact-str copy of (data, len, kind) outside every thread's
 * object heap (interned strings outlive their creators). */
static StrObj *immortal_copy(const void *data, ssize_t len, int kind, bool ascii, hash_t h)
{
    size_t nbytes = ((size_t)len + 1) * (size_t)kind;
    StrObj *s = mem_alloc(sizeof(StrObj) + nbytes);
    if (!s)
        return NULL;
    obj_init_header(&s->base, &Str_Type, 0);
    obj_set_immortal(&s->base);
    s->length = len;
    atomic_init(&s->hash, h);
    s->kind = (uint8_t)kind;
    s->ascii = ascii;
    s->interned = 1;
    memcpy(s + 1, data, (size_t)len * (size_t)kind);
    memset((char *)(s + 1) + (size_t)len * kind, 0, (size_t)kind);
    atomic_init(&s->utf8, ascii ? (char *)(s + 1) : NULL);
    atomic_init(&s->utf8_len, ascii ? len : 0);
    return s;
}

static bool is_interned(const StrObj *s)
{
    return __atomic_load_n(&s->interned, __ATOMIC_RELAXED) != 0;
}

/* Looks (data, len, kind) up; when missing, inserts take_over (made
 * immortal in place) or else a fresh immortal copy. NULL + MemoryError. */
static StrObj *intern_lookup_insert(const void *data, ssize_t len, int kind, bool ascii, hash_t h,
                                    StrObj *take_over)
{
    mutex_lock(&intern_lock);
    if (intern_count * 2 >= intern_cap && !intern_grow()) {
        mutex_unlock(&intern_lock);
        err_no_memory();
        return NULL;
    }
    size_t i = intern_probe(h, data, len, kind);
    StrObj *e = intern_slots[i];
    if (!e) {
        if (take_over) {
            obj_set_immortal(&take_over->base);
            __atomic_store_n(&take_over->interned, 1, __ATOMIC_RELAXED);
            e = take_over;
        } else {
            e = immortal_copy(data, len, kind, ascii, h);
            if (!e) {
                mutex_unlock(&intern_lock);
                err_no_memory();
                return NULL;
            }
        }
        intern_slots[i] = e;
        intern_count++;
    }
    mutex_unlock(&intern_lock);
    return e;
}

Object *str_intern(Object *o)
{
    StrObj *s = (StrObj *)o;
    if (o->type == &Str_Type && is_interned(s))
        return o;
    if (s->length == 0) {
        obj_decref(o);
        return (Object *)str_empty();
    }
    if (s->length == 1 && s->kind == 1) {
        Object *c = (Object *)str_from_latin1_char(*(uint8_t *)str_data(s));
        obj_decref(o);
        return c;
    }
    hash_t h = str_hash(s);
    /* The object itself becomes the interned one when no other thread can
     * be counting it: an exact str we own with no shared references.
     * Otherwise the table gets a copy. */
    bool take = o->type == &Str_Type && !obj_is_immortal(o) && obj_owned_by_current(o) &&
                atomic_load_explicit(&o->ref_shared, memory_order_relaxed) == 0;
    StrObj *e = intern_lookup_insert(str_data(s), s->length, s->kind, s->ascii, h, take ? s : NULL);
    if (!e) {
        /* MemoryError is set; the caller gets the original back so it
         * still holds a valid (un-interned) string. */
        err_clear();
        return o;
    }
    if (e != s)
        obj_decref(o);
    return (Object *)e;
}

Object *str_intern_cstr(const char *cs)
{
    size_t n = strlen(cs);
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)cs[i] < 0x80;
    if (ascii) {
        if (n <= 1)
            return (Object *)(n ? str_from_latin1_char((uint8_t)cs[0]) : str_empty());
        hash_t h = hash_units(cs, n, 1);
        return (Object *)intern_lookup_insert(cs, (ssize_t)n, 1, true, h, NULL);
    }
    Value s = str_from_utf8(cs, (ssize_t)n);
    if (!s)
        return NULL;
    return str_intern(val_as_obj(s));
}

/* For tests and sys: the number of strings in the table. */
size_t str_intern_count(void)
{
    mutex_lock(&intern_lock);
    size_t n = intern_count;
    mutex_unlock(&intern_lock);
    return n;
}
