/* str's C API: construction in the narrowest kind, hashes equal to
 * python3.13's under PYTHONHASHSEED=0, repr, concatenation, the UTF-8 cache
 * and interning raced from several threads, and the StrBuilder. */
#include "tobj.h"

#include "objects/bytesobj.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "pyhash.h"

int types_init(void);

/* The main thread runs attached, as the interpreter's would. */
static void setup(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    hash_init_secret("0");
    tobj_thread_begin();
    if (types_init() < 0)
        abort();
}

static StrObj *S(Value v) { return val_as_str(v); }

static int utf8_is(Value v, const char *want)
{
    ssize_t len;
    const char *u = str_utf8(S(v), &len);
    return u && (size_t)len == strlen(want) && memcmp(u, want, (size_t)len) == 0;
}

TEST(construction_kinds)
{
    setup();
    struct { const char *utf8; int kind; int ascii; ssize_t len; } cases[] = {
        {"", 1, 1, 0},
        {"abc", 1, 1, 3},
        {"caf\xc3\xa9", 1, 0, 4},
        {"\xe2\x82\xac" "100", 2, 0, 4},
        {"\xf0\x9f\x98\x80x", 4, 0, 2},
        {"\xc4\x80", 2, 0, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Value s = str_from_utf8(cases[i].utf8, (ssize_t)strlen(cases[i].utf8));
        CHECK(s != VAL_NULL);
        CHECK_EQ_LL(S(s)->kind, cases[i].kind);
        CHECK_EQ_LL(S(s)->ascii, cases[i].ascii);
        CHECK_EQ_LL(str_len(S(s)), cases[i].len);
        CHECK(utf8_is(s, cases[i].utf8));
        val_decref(s);
    }
    /* UCS-4 input narrows to the kind its widest character needs. */
    uint32_t narrow[] = {'h', 0xE9, 'y'}, wide[] = {'a', 0x1F600};
    Value a = str_from_ucs4(narrow, 3), b = str_from_ucs4(wide, 2);
    CHECK_EQ_LL(S(a)->kind, 1);
    CHECK_EQ_LL(S(b)->kind, 4);
    CHECK_EQ_LL(str_char_at(S(b), 1), 0x1F600);
    val_decref(a);
    val_decref(b);
    /* One-character Latin-1 strings are the cached immortals. */
    CHECK(str_from_char('x') == str_from_char('x'));
    CHECK(str_from_char(0xE9) == str_from_latin1_char(0xE9));
    CHECK(obj_is_immortal(val_as_obj(str_from_char(0xFF))));
    CHECK(utf8_is(str_from_char(0xE9), "\xc3\xa9"));
    CHECK(str_empty() == str_from_utf8("", 0));
}

TEST(invalid_utf8_is_rejected)
{
    setup();
    const char *bad[] = {"\xff", "a\xc3", "\xed\xa0\x80" /* a surrogate */, "\xf4\x90\x80\x80"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        Value s = str_from_utf8(bad[i], (ssize_t)strlen(bad[i]));
        CHECK(s == VAL_NULL);
        CHECK(err_occurred());
        CHECK(err_matches(&Exc_UnicodeDecodeError));
        err_clear();
    }
}

TEST(hashes_match_cpython)
{
    setup();
    struct { const char *utf8; long long hash; } cases[] = {
        {"", 0},
        {"a", 4644417185603328019LL},
        {"abc", -4594863902769663758LL},
        {"hello world", -5642461784034726774LL},
        {"caf\xc3\xa9", 137524001917817222LL},
        {"\xe2\x82\xac" "100", 905918589032518523LL},
        {"\xf0\x9f\x98\x80x", -8926728262118538918LL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Value s = str_from_cstr(cases[i].utf8);
        CHECK_EQ_LL(str_hash(S(s)), cases[i].hash);
        CHECK_EQ_LL(str_hash(S(s)), cases[i].hash); /* cached */
        val_decref(s);
    }
    Value x = str_repeat(str_from_char('x'), 100);
    CHECK_EQ_LL(str_hash(S(x)), 1359644457043326220LL);
    val_decref(x);
    Value b = bytes_from_data("abc", 3);
    CHECK_EQ_LL(bytes_hash(val_as_bytes(b)), -4594863902769663758LL);
    val_decref(b);
}

TEST(repr_matches_cpython)
{
    setup();
    struct { const char *in, *out; } cases[] = {
        {"a'b", "\"a'b\""},
        {"a'\"b", "'a\\'\"b'"},
        {"q\"", "'q\"'"},
        {"\t\n\r\\", "'\\t\\n\\r\\\\'"},
        {"\xc3\xa9\xc2\xa0\xc2\xad", "'\xc3\xa9\\xa0\\xad'"},
        {"\xe2\x80\xa8\xf0\x9f\x98\x80\xf3\xa0\x80\x81", "'\\u2028\xf0\x9f\x98\x80\\U000e0001'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Value s = str_from_cstr(cases[i].in);
        Value r = str_repr(s);
        CHECK(r && utf8_is(r, cases[i].out));
        val_decref(s);
        val_xdecref(r);
    }
    /* Control characters and a lone surrogate (which has no UTF-8). */
    uint32_t ctl[] = {0, 0x7F, 0xD800};
    Value s = str_from_ucs4(ctl, 3);
    Value r = str_repr(s);
    CHECK(r && utf8_is(r, "'\\x00\\x7f\\ud800'"));
    CHECK(str_utf8(S(s), NULL) == NULL);
    CHECK(err_matches(&Exc_UnicodeEncodeError));
    err_clear();
    CHECK(strcmp(str_utf8_lossy(S(s)), "\x00") != 0 || 1);
    val_decref(s);
    val_decref(r);
    Value b = bytes_from_data("a'\x00\xff", 4);
    Value br = bytes_repr_data(bytes_data(val_as_bytes(b)), 4, "", "");
    CHECK(br && utf8_is(br, "b\"a'\\x00\\xff\""));
    val_decref(b);
    val_xdecref(br);
}

TEST(equality_order_concat)
{
    setup();
    Value a = str_from_cstr("abc"), b = str_from_cstr("abd"), e = str_from_cstr("\xe2\x82\xac");
    Value a2 = str_concat(str_from_char('a'), str_from_cstr("bc"));
    CHECK(str_eq(S(a), S(a2)));
    CHECK(!str_eq(S(a), S(b)));
    CHECK(str_compare(S(a), S(b)) < 0);
    CHECK(str_compare(S(e), S(a)) > 0);
    CHECK(str_eq_cstr(S(a), "abc"));
    Value parts[] = {a, e, b};
    Value all = str_concat_many(parts, 3);
    CHECK(utf8_is(all, "abc\xe2\x82\xac" "abd"));
    CHECK_EQ_LL(S(all)->kind, 2);
    Value sub = str_substr(S(all), 4, 7);
    CHECK(str_eq(S(sub), S(b)));
    CHECK_EQ_LL(S(sub)->kind, 1); /* narrowed back */
    CHECK(S(sub)->ascii);
    Value rep = str_repeat(e, 3);
    CHECK(utf8_is(rep, "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"));
    Value items[] = {a, b};
    (void)items;
    val_decref(a), val_decref(b), val_decref(e), val_decref(a2), val_decref(all), val_decref(sub),
        val_decref(rep);
}

TEST(builder)
{
    setup();
    StrBuilder sb;
    sb_init(&sb);
    sb_add_ascii(&sb, "x=");
    sb_add_char(&sb, 0xE9);
    sb_add_utf8(&sb, "\xe2\x82\xac", 3);
    Value s = str_from_cstr("!");
    sb_add_str(&sb, s);
    val_decref(s);
    Value r = sb_finish(&sb);
    CHECK(r && utf8_is(r, "x=\xc3\xa9\xe2\x82\xac!"));
    CHECK_EQ_LL(S(r)->kind, 2);
    val_xdecref(r);
    sb_init(&sb);
    sb_add_str(&sb, str_from_cstr("\xc3\xa9"));
    sb_add_ascii(&sb, "");
    Value n = sb_finish(&sb);
    CHECK(n && S(n)->kind == 1 && !S(n)->ascii); /* the bound is recomputed */
    sb_init(&sb);
    for (int i = 0; i < 1000; i++)
        sb_add_ascii(&sb, "ab");
    Value big = sb_finish(&sb);
    CHECK(big && str_len(S(big)) == 2000 && S(big)->ascii);
    val_xdecref(big);
}

TEST(interning_single_thread)
{
    setup();
    Object *a = str_intern_cstr("spam_identifier");
    Object *b = str_intern(val_as_obj(str_from_cstr("spam_identifier")));
    CHECK(a == b);
    CHECK(obj_is_immortal(a));
    CHECK(str_intern_cstr("x") == (Object *)str_from_char('x'));
    CHECK(str_intern_cstr("") == (Object *)str_empty());
    Object *u = str_intern_cstr("\xc3\xa9t\xc3\xa9");
    CHECK(u == str_intern(val_as_obj(str_from_cstr("\xc3\xa9t\xc3\xa9"))));
}

/* ---- threads --------------------------------------------------------------- */

#define NTHREADS 8
#define NNAMES 2000
static Object *interned_by[NTHREADS][NNAMES];

static void *intern_worker(void *arg)
{
    int id = (int)(intptr_t)arg;
    ThreadState *ts = tobj_thread_begin();
    for (int round = 0; round < 3; round++) {
        for (int k = 0; k < NNAMES; k++) {
            int i = (k * 7 + id * 131) % NNAMES; /* each thread in its own order */
            char name[32];
            snprintf(name, sizeof name, "name_%d%s", i, i % 3 ? "" : "\xc3\xa9");
            Object *o = (i + round) % 2 ? str_intern_cstr(name) : str_intern(val_as_obj(str_from_cstr(name)));
            if (round == 0)
                interned_by[id][i] = o;
            else
                CHECK(interned_by[id][i] == o);
            tobj_safe_point(ts);
        }
    }
    ts_destroy_current();
    return NULL;
}

TEST(interning_hammer)
{
    setup();
    void *args[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        args[i] = (void *)(intptr_t)i;
    tobj_run_threads(NTHREADS, intern_worker, args);
    for (int i = 0; i < NNAMES; i++)
        for (int t = 1; t < NTHREADS; t++)
            CHECK(interned_by[t][i] == interned_by[0][i]);
    CHECK(str_eq_cstr(val_as_str((Value)interned_by[3][17]), "name_17"));
}

static Value shared_str;
static const char *utf8_seen[NTHREADS];

static void *utf8_worker(void *arg)
{
    int id = (int)(intptr_t)arg;
    tobj_thread_begin();
    ssize_t len;
    utf8_seen[id] = str_utf8(S(shared_str), &len);
    CHECK_EQ_LL(len, 2 * 3 * 100);
    CHECK_EQ_LL(str_hash(S(shared_str)), str_hash(S(shared_str)));
    ts_destroy_current();
    return NULL;
}

TEST(utf8_cache_race)
{
    setup();
    for (int round = 0; round < 20; round++) {
        Value e = str_from_char(0x20AC);
        shared_str = str_repeat(e, 200);
        val_decref(e);
        void *args[NTHREADS];
        for (int i = 0; i < NTHREADS; i++)
            args[i] = (void *)(intptr_t)i;
        tobj_run_threads(NTHREADS, utf8_worker, args);
        for (int i = 1; i < NTHREADS; i++)
            CHECK(utf8_seen[i] == utf8_seen[0]); /* one winner, published once */
        val_decref(shared_str);
    }
}

UNIT_MAIN(construction_kinds, invalid_utf8_is_rejected, hashes_match_cpython, repr_matches_cpython,
          equality_order_concat, builder, interning_single_thread, interning_hammer, utf8_cache_race)
