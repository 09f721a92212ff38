/* list.sort: a stable natural merge sort (Timsort's shape: ascending or
 * strictly descending runs, short runs extended by binary insertion to a
 * minimum length, runs merged from a stack that keeps run lengths
 * balanced). The list looks empty while it is sorted; a mutation meanwhile
 * is "ValueError: list modified during sort". */
#include <string.h>

#include "floatobj.h"
#include "list_internal.h"

/* One element: the key compared and the value carried along. */
typedef struct SortItem {
    Value key;
    Value val;
} SortItem;

/* key a < key b: 1, 0, or -1 on error. Exact ints, floats and strs are
 * compared directly (their "<" runs no Python code). */
static int item_lt(Value a, Value b)
{
    if (val_is_int(a) && val_is_int(b))
        return val_as_int(a) < val_as_int(b);
    if (val_is_obj(a) && val_is_obj(b)) {
        Type *ta = val_as_obj(a)->type, *tb = val_as_obj(b)->type;
        if (ta == tb) {
            if (ta == &Float_Type)
                return float_value(a) < float_value(b);
            if (ta == &Str_Type)
                return str_compare(val_as_str(a), val_as_str(b)) < 0;
        }
    }
    return obj_richcompare_bool(a, b, CMP_LT);
}

typedef struct Sorter {
    SortItem *a;
    SortItem *tmp;
    ssize_t tmpcap;
    struct { ssize_t start, len; } runs[128];
    int nruns;
} Sorter;

static int ensure_tmp(Sorter *s, ssize_t n)
{
    if (n <= s->tmpcap)
        return 0;
    SortItem *p = mem_realloc(s->tmp, (size_t)n * sizeof(SortItem));
    if (!p) {
        err_no_memory();
        return -1;
    }
    s->tmp = p;
    s->tmpcap = n;
    return 0;
}

/* Sorts a[lo:hi] given that a[lo:start] is sorted (binary insertion:
 * each new item goes after the equal ones, so the sort stays stable). */
static int binary_insertion(SortItem *a, ssize_t lo, ssize_t hi, ssize_t start)
{
    for (ssize_t i = start; i < hi; i++) {
        SortItem pivot = a[i];
        ssize_t l = lo, r = i;
        while (l < r) {
            ssize_t mid = l + ((r - l) >> 1);
            int k = item_lt(pivot.key, a[mid].key);
            if (k < 0)
                return -1;
            if (k)
                r = mid;
            else
                l = mid + 1;
        }
        memmove(&a[l + 1], &a[l], (size_t)(i - l) * sizeof(SortItem));
        a[l] = pivot;
    }
    return 0;
}

/* Length of the run starting at lo; a strictly descending run is
 * reversed in place (strictness keeps equal items in order). */
static ssize_t count_run(SortItem *a, ssize_t lo, ssize_t hi)
{
    if (lo + 1 >= hi)
        return hi - lo;
    ssize_t n = 2;
    int k = item_lt(a[lo + 1].key, a[lo].key);
    if (k < 0)
        return -1;
    if (k) {
        for (; lo + n < hi; n++) {
            k = item_lt(a[lo + n].key, a[lo + n - 1].key);
            if (k < 0)
                return -1;
            if (!k)
                break;
        }
        for (ssize_t i = lo, j = lo + n - 1; i < j; i++, j--) {
            SortItem t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    } else {
        for (; lo + n < hi; n++) {
            k = item_lt(a[lo + n].key, a[lo + n - 1].key);
            if (k < 0)
                return -1;
            if (k)
                break;
        }
    }
    return n;
}

/* Merges the adjacent sorted runs a[lo:mid] and a[mid:hi]. The shorter
 * run is copied out. On a comparison error the pending items are put
 * back, so the array still holds every item exactly once. */
static int merge(Sorter *s, ssize_t lo, ssize_t mid, ssize_t hi)
{
    SortItem *a = s->a;
    ssize_t na = mid - lo, nb = hi - mid;
    int err = 0;
    if (na <= nb) {
        if (ensure_tmp(s, na) < 0)
            return -1;
        SortItem *t = s->tmp;
        memcpy(t, &a[lo], (size_t)na * sizeof(SortItem));
        ssize_t i = 0, j = mid, d = lo;
        while (i < na && j < hi) {
            int k = item_lt(a[j].key, t[i].key);
            if (k < 0) {
                err = -1;
                break;
            }
            a[d++] = k ? a[j++] : t[i++];
        }
        memcpy(&a[d], &t[i], (size_t)(na - i) * sizeof(SortItem));
    } else {
        if (ensure_tmp(s, nb) < 0)
            return -1;
        SortItem *t = s->tmp;
        memcpy(t, &a[mid], (size_t)nb * sizeof(SortItem));
        ssize_t i = mid - 1, j = nb - 1, d = hi - 1;
        while (i >= lo && j >= 0) {
            int k = item_lt(t[j].key, a[i].key);
            if (k < 0) {
                err = -1;
                break;
            }
            a[d--] = k ? a[i--] : t[j--];
        }
        memcpy(&a[d - j], &t[0], (size_t)(j + 1) * sizeof(SortItem));
    }
    return err;
}

static int merge_at(Sorter *s, int i)
{
    ssize_t lo = s->runs[i].start, mid = lo + s->runs[i].len;
    ssize_t hi = mid + s->runs[i + 1].len;
    if (merge(s, lo, mid, hi) < 0)
        return -1;
    s->runs[i].len = hi - lo;
    for (int k = i + 1; k < s->nruns - 1; k++)
        s->runs[k] = s->runs[k + 1];
    s->nruns--;
    return 0;
}

/* Timsort's stack invariants: len[-3] > len[-2] + len[-1] and
 * len[-2] > len[-1]; keeps the stack logarithmic and merges balanced. */
static int merge_collapse(Sorter *s)
{
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if ((n > 0 && s->runs[n - 1].len <= s->runs[n].len + s->runs[n + 1].len) ||
            (n > 1 && s->runs[n - 2].len <= s->runs[n - 1].len + s->runs[n].len)) {
            if (s->runs[n - 1].len < s->runs[n + 1].len)
                n--;
        } else if (s->runs[n].len > s->runs[n + 1].len) {
            break;
        }
        if (merge_at(s, n) < 0)
            return -1;
    }
    return 0;
}

static ssize_t min_run_length(ssize_t n)
{
    int r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int sort_items(SortItem *a, ssize_t n)
{
    if (n < 2)
        return 0;
    Sorter s = {.a = a};
    ssize_t minrun = min_run_length(n);
    int r = 0;
    for (ssize_t lo = 0; lo < n;) {
        ssize_t len = count_run(a, lo, n);
        if (len < 0) {
            r = -1;
            break;
        }
        if (len < minrun) {
            ssize_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(a, lo, lo + force, lo + len) < 0) {
                r = -1;
                break;
            }
            len = force;
        }
        s.runs[s.nruns].start = lo;
        s.runs[s.nruns].len = len;
        s.nruns++;
        lo += len;
        if (merge_collapse(&s) < 0) {
            r = -1;
            break;
        }
    }
    while (r == 0 && s.nruns > 1)
        r = merge_at(&s, s.nruns - 2);
    mem_free(s.tmp);
    return r;
}

int cont_sort_values(Value *items, Value *keys, ssize_t n)
{
    SortItem *a = mem_alloc((size_t)(n ? n : 1) * sizeof(SortItem));
    if (!a) {
        err_no_memory();
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        a[i].key = keys ? keys[i] : items[i];
        a[i].val = items[i];
    }
    int r = sort_items(a, n);
    for (ssize_t i = 0; i < n; i++) {
        items[i] = a[i].val;
        if (keys)
            keys[i] = a[i].key;
    }
    mem_free(a);
    return r;
}

static void reverse_items(SortItem *a, ssize_t n)
{
    for (ssize_t i = 0, j = n - 1; i < j; i++, j--) {
        SortItem t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

int list_sort(Object *o, Value key, bool reverse)
{
    ListObj *l = (ListObj *)o;
    /* Take the items out: the list reads as empty until the sort ends. */
    CriticalSection cs;
    cs_begin(&cs, o);
    ListArray *saved = list_arr(l);
    ssize_t n = list_len_locked(l);
    if (saved == &list_sorting_array) {
        /* Sorting a list from inside its own sort's key or comparison:
         * it is empty now, as in CPython. */
        cs_end(&cs);
        return 0;
    }
    atomic_store_explicit(&l->size, 0, memory_order_release);
    atomic_store_explicit(&l->array, &list_sorting_array, memory_order_release);
    cs_end(&cs);

    SortItem *a = mem_alloc((size_t)(n ? n : 1) * sizeof(SortItem));
    int r = 0;
    ssize_t nkeys = 0;
    if (!a) {
        err_no_memory();
        r = -1;
    } else {
        for (ssize_t i = 0; i < n; i++)
            a[i].val = a[i].key = list_slot_load(saved, i);
        if (key) {
            for (; nkeys < n; nkeys++) {
                Value k = obj_call1(key, a[nkeys].val);
                if (!k) {
                    r = -1;
                    break;
                }
                a[nkeys].key = k;
            }
        }
        if (r == 0) {
            /* reverse=True: reverse, sort stably, reverse back, so equal
             * items keep their original order. */
            if (reverse)
                reverse_items(a, n);
            r = sort_items(a, n);
            if (reverse)
                reverse_items(a, n);
        }
        for (ssize_t i = 0; i < nkeys; i++)
            val_decref(a[i].key);
    }

    /* Put the items back (sorted, or as they were after a failure; every
     * item is still present exactly once). */
    cs_begin(&cs, o);
    ListArray *during = list_arr(l);
    ssize_t during_n = list_len_locked(l);
    if (a)
        for (ssize_t i = 0; i < n; i++)
            list_slot_store(saved, i, a[i].val);
    atomic_store_explicit(&l->array, saved, memory_order_release);
    atomic_store_explicit(&l->size, n, memory_order_release);
    cs_end(&cs);
    mem_free(a);
    if (during != &list_sorting_array) {
        /* Something was put into the list while it was sorted. */
        if (during) {
            for (ssize_t i = 0; i < during_n; i++)
                val_xdecref(list_slot_load(during, i));
            list_array_retire(during);
        }
        if (r == 0) {
            err_set(&Exc_ValueError, "list modified during sort");
            r = -1;
        }
    }
    return r;
}
