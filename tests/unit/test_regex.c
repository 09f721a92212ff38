/* regex engine checks the CPython-generated suite (tests/regex) cannot make:
 * one pattern shared by threads, long subjects (no deep C recursion), the
 * interrupt hook, the API for groupindex, and 3.14-only syntax. */
#include "regex.h"
#include "unit.h"

#include <stdint.h>

/* ASCII/UTF-32 helper: widens s into a fresh array; *n its length. */
static uint32_t *u32(const char *s, size_t *n)
{
    size_t len = strlen(s);
    uint32_t *o = malloc((len + 1) * sizeof *o);
    for (size_t i = 0; i < len; i++) o[i] = (unsigned char)s[i];
    *n = len;
    return o;
}

static RegexPattern *comp(const char *pat, int flags)
{
    size_t n;
    uint32_t *p = u32(pat, &n);
    RegexError err;
    RegexPattern *r = regex_compile(p, n, flags, false, &err);
    if (!r) fprintf(stderr, "  compile %s: %s at %zd\n", pat, err.msg, err.pos);
    free(p);
    return r;
}

/* search; returns group g's span in *a, *b or false */
static bool span(const RegexPattern *p, const char *subj, int mode, int g,
                 ssize_t *a, ssize_t *b)
{
    size_t n;
    uint32_t *s = u32(subj, &n);
    ssize_t spans[2 * 16];
    RegexResult res = {.spans = spans};
    int r = regex_exec(p, s, n, 0, n, mode, &res, NULL);
    free(s);
    if (r != REGEX_FOUND) return false;
    *a = spans[2 * g];
    *b = spans[2 * g + 1];
    return true;
}

static RegexPattern *shared;

static void *worker(void *arg)
{
    intptr_t id = (intptr_t)arg;
    char subj[64];
    for (int i = 0; i < 20000; i++) {
        int k = (int)((i + id) % 7);
        snprintf(subj, sizeof subj, "x%.*sy-%d", k, "aaaaaaa", i);
        ssize_t a, b;
        bool ok = span(shared, subj, REGEX_SEARCH, 1, &a, &b);
        CHECK(ok);
        if (ok) {
            CHECK_EQ_LL(a, 1);
            CHECK_EQ_LL(b, 1 + k);
        }
    }
    return NULL;
}

TEST(four_threads_share_a_pattern)
{
    shared = comp("x(a*)(?P<t>y)-(\\d+)", 0);
    if (!shared) {
        CHECK(shared);
        return;
    }
    void *args[4] = {(void *)0, (void *)1, (void *)2, (void *)3};
    unit_run_threads(4, worker, args);
    regex_free(shared);
}

TEST(long_subject_no_recursion)
{
    size_t n = 2000000;
    uint32_t *s = malloc((n + 1) * sizeof *s);
    for (size_t i = 0; i < n; i++) s[i] = i % 3 == 2 ? 'b' : 'a';
    s[n] = 'c';
    const char *pats[] = {"(?:(a)|b)*c", "(a|b)*?c", "(?:ab?)+c", "[ab]*c", "(?>(?:a|b)*)c"};
    for (size_t k = 0; k < sizeof pats / sizeof *pats; k++) {
        RegexPattern *p = comp(pats[k], 0);
        CHECK(p);
        if (!p) continue;
        ssize_t spans[8];
        RegexResult res = {.spans = spans};
        CHECK_EQ_LL(regex_exec(p, s, n + 1, 0, n + 1, REGEX_MATCH, &res, NULL), REGEX_FOUND);
        CHECK_EQ_LL(spans[1], (ssize_t)n + 1);
        regex_free(p);
    }
    free(s);
}

static int calls;
static int stop_now(void *arg)
{
    calls++;
    return *(int *)arg;
}

TEST(interrupt_hook)
{
    RegexPattern *p = comp("(a*)*b", 0);
    CHECK(p);
    if (!p) return;
    size_t n;
    uint32_t *s = u32("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &n);
    ssize_t spans[4];
    RegexResult res = {.spans = spans};
    int stop = 1;
    RegexHooks h = {stop_now, &stop};
    CHECK_EQ_LL(regex_exec(p, s, n, 0, n, REGEX_SEARCH, &res, &h), REGEX_INTERRUPTED);
    CHECK(calls >= 1);
    free(s);
    regex_free(p);
}

TEST(groupindex_api)
{
    RegexPattern *p = comp("(?P<first>a)(b)(?P<third>c)", 0);
    CHECK(p);
    if (!p) return;
    CHECK_EQ_LL(regex_groups(p), 3);
    CHECK_EQ_LL(regex_name_count(p), 2);
    size_t len;
    int g;
    const uint32_t *nm = regex_group_name(p, 1, &len, &g);
    CHECK_EQ_LL(len, 5);
    CHECK_EQ_LL(g, 3);
    CHECK_EQ_LL(regex_group_index(p, nm, len), 3);
    CHECK(regex_name_of_group(p, 3, &len) == nm);
    CHECK(regex_name_of_group(p, 2, &len) == NULL);
    CHECK_EQ_LL(regex_flags(p), REGEX_UNICODE);
    regex_free(p);
    p = comp("(?a)x", 0);
    CHECK(p && regex_flags(p) == REGEX_ASCII);
    regex_free(p);
}

TEST(python_3_14_syntax)
{
    /* \z is 3.14's synonym of \Z; \B matches the empty string in 3.14 */
    RegexPattern *p = comp("a\\z", 0);
    ssize_t a, b;
    CHECK(p && span(p, "ba", REGEX_SEARCH, 0, &a, &b) && a == 1 && b == 2);
    CHECK(p && !span(p, "a\n", REGEX_SEARCH, 0, &a, &b));
    regex_free(p);
    p = comp("\\B", 0);
    CHECK(p && span(p, "", REGEX_SEARCH, 0, &a, &b) && a == 0 && b == 0);
    regex_free(p);
}

TEST(iterator_empty_matches)
{
    RegexPattern *p = comp("a*?", 0);
    size_t n;
    uint32_t *s = u32("aa", &n);
    ssize_t spans[2], want[] = {0, 0, 0, 1, 1, 1, 1, 2, 2, 2};
    RegexResult res = {.spans = spans};
    RegexIter it;
    regex_iter_init(&it, p, s, n, 0, n);
    int k = 0;
    while (regex_iter_next(&it, &res, NULL) == REGEX_FOUND && k < 5) {
        CHECK_EQ_LL(spans[0], want[2 * k]);
        CHECK_EQ_LL(spans[1], want[2 * k + 1]);
        k++;
    }
    CHECK_EQ_LL(k, 5);
    free(s);
    regex_free(p);
}

UNIT_MAIN(four_threads_share_a_pattern, long_subject_no_recursion, interrupt_hook,
          groupindex_api, python_3_14_syntax, iterator_empty_matches)
