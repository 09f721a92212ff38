/* The time module: clocks, sleep (the thread detaches while it sleeps),
 * struct_time and the calendar conversions over the C library. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "modules/modutil.h"
#include "objects/module.h"
#include "objects/structseq.h"
#include "objects/tupleobj.h"
#include "tstate.h"

static Type *StructTime_Type;

/* ---- clocks -------------------------------------------------------------- */

static int read_clock(clockid_t id, struct timespec *ts)
{
    if (clock_gettime(id, ts) != 0) {
        err_set_from_errno(&Exc_OSError, VAL_NULL);
        return -1;
    }
    return 0;
}

static Value clock_float(clockid_t id)
{
    struct timespec ts;
    if (read_clock(id, &ts) < 0)
        return VAL_NULL;
    /* CPython goes through integer nanoseconds, then divides. */
    int64_t ns = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    return float_new((double)ns / 1e9);
}

static Value clock_ns(clockid_t id)
{
    struct timespec ts;
    if (read_clock(id, &ts) < 0)
        return VAL_NULL;
    return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

#define CLOCK_FN(name, id)                                                                  \
    static Value t_##name(Value self, const Value *args, size_t nargs, Object *kw)          \
    {                                                                                       \
        if (args_no_kw("time." #name, kw) < 0 || args_count("time." #name, nargs, 0, 0) < 0) \
            return VAL_NULL;                                                                \
        return clock_float(id);                                                             \
    }                                                                                       \
    static Value t_##name##_ns(Value self, const Value *args, size_t nargs, Object *kw)     \
    {                                                                                       \
        if (args_no_kw("time." #name "_ns", kw) < 0 ||                                      \
            args_count("time." #name "_ns", nargs, 0, 0) < 0)                                \
            return VAL_NULL;                                                                \
        return clock_ns(id);                                                                \
    }
CLOCK_FN(time, CLOCK_REALTIME)
CLOCK_FN(monotonic, CLOCK_MONOTONIC)
CLOCK_FN(perf_counter, CLOCK_MONOTONIC)
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FN(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef CLOCK_FN

static Value t_get_clock_info(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("time.get_clock_info", kw) < 0 || args_count("get_clock_info", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "get_clock_info() argument must be str, not %T", args[0]);
        return VAL_NULL;
    }
    static const struct {
        const char *name, *impl;
        clockid_t id;
        bool adjustable, monotonic;
    } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, true, false},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, false, true},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, false, true},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, false, true},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, false, true},
    };
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        if (!str_eq_cstr(val_as_str(args[0]), clocks[i].name))
            continue;
        struct timespec res;
        clock_getres(clocks[i].id, &res);
        Value impl = str_from_cstr(clocks[i].impl);
        Value resv = float_new((double)res.tv_sec + res.tv_nsec * 1e-9);
        if (!impl || !resv) {
            val_xdecref(impl);
            val_xdecref(resv);
            return VAL_NULL;
        }
        static const char *const names[] = {"implementation", "monotonic", "adjustable", "resolution"};
        Value vals[] = {impl, val_bool(clocks[i].monotonic), val_bool(clocks[i].adjustable), resv};
        Value ns = namespace_new(names, vals, 4);
        val_decref(impl);
        val_decref(resv);
        return ns;
    }
    err_set(&Exc_ValueError, "unknown clock");
    return VAL_NULL;
}

/* ---- sleep --------------------------------------------------------------- */

static Value t_sleep(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("time.sleep", kw) < 0 || args_count("time.sleep", nargs, 1, 1) < 0)
        return VAL_NULL;
    double secs;
    Value v = args[0];
    if (val_is_int(v)) {
        secs = (double)val_as_int(v);
    } else if (val_is_float(v) || val_is_int_like(v)) {
        if (float_as_double(v, &secs) < 0)
            return VAL_NULL;
    } else {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                type_name(val_type(v)));
        return VAL_NULL;
    }
    if (isnan(secs)) {
        err_set(&Exc_ValueError, "Invalid value NaN (not a number)");
        return VAL_NULL;
    }
    if (secs < 0) {
        err_set(&Exc_ValueError, "sleep length must be non-negative");
        return VAL_NULL;
    }
    if (secs > 9.2e9) {
        err_set(&Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return VAL_NULL;
    }
    struct timespec deadline, now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int64_t ns = (int64_t)ceil(secs * 1e9);
    int64_t end = (int64_t)now.tv_sec * 1000000000 + now.tv_nsec + ns;
    deadline.tv_sec = end / 1000000000;
    deadline.tv_nsec = end % 1000000000;
    ThreadState *ts = ts_block_begin();
    int rc;
    do {
        rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
    } while (rc == EINTR);
    ts_block_end(ts);
    if (rc != 0) {
        errno = rc;
        err_set_from_errno(&Exc_OSError, VAL_NULL);
        return VAL_NULL;
    }
    return VAL_NONE;
}

/* ---- struct_time ------------------------------------------------------------ */

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff", NULL,
};

static Value struct_time_from_tm(const struct tm *tm, const char *zone, long gmtoff)
{
    Value vals[11];
    vals[0] = int_from_i64((int64_t)tm->tm_year + 1900);
    vals[1] = val_from_int(tm->tm_mon + 1);
    vals[2] = val_from_int(tm->tm_mday);
    vals[3] = val_from_int(tm->tm_hour);
    vals[4] = val_from_int(tm->tm_min);
    vals[5] = val_from_int(tm->tm_sec);
    vals[6] = val_from_int((tm->tm_wday + 6) % 7);
    vals[7] = val_from_int(tm->tm_yday + 1);
    vals[8] = val_from_int(tm->tm_isdst);
    vals[9] = zone ? str_decode(zone, (ssize_t)strlen(zone), "utf-8", "surrogateescape") : VAL_NONE;
    vals[10] = int_from_i64(gmtoff);
    if (!vals[9])
        return VAL_NULL;
    Value r = structseq_make(StructTime_Type, vals);
    val_decref(vals[9]);
    return r;
}

/* struct_time(sequence[, dict]): 9 to 11 items. */
static Value struct_time_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"sequence", "dict"};
    static const ArgSpec spec = {"struct_time", names, 2, 0, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Value holder;
    Value *items;
    ssize_t n;
    if (mod_sequence_items(a[0], &holder, &items, &n) < 0)
        return VAL_NULL;
    if (n < 9) {
        err_set(&Exc_TypeError, "time.struct_time() takes an at least 9-sequence (%zd-sequence given)", n);
        val_decref(holder);
        return VAL_NULL;
    }
    if (n > 11) {
        err_set(&Exc_TypeError, "time.struct_time() takes an at most 11-sequence (%zd-sequence given)", n);
        val_decref(holder);
        return VAL_NULL;
    }
    Value vals[11];
    for (ssize_t i = 0; i < 11; i++)
        vals[i] = i < n ? items[i] : VAL_NONE;
    Value r = structseq_make(StructTime_Type, vals);
    val_decref(holder);
    return r;
}

static int time_t_arg(Value v, time_t *out)
{
    if (v == VAL_NULL || v == VAL_NONE) {
        *out = time(NULL);
        return 0;
    }
    if (val_is_float(v)) {
        double d = float_value(v);
        if (isnan(d)) {
            err_set(&Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
        if (!(d >= -9.2e18 && d <= 9.2e18)) {
            err_set(&Exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    int64_t i;
    if (mod_arg_i64(v, &i) < 0) {
        if (err_matches(&Exc_OverflowError)) {
            err_clear();
            err_set(&Exc_OverflowError, "timestamp out of range for platform time_t");
        }
        return -1;
    }
    *out = (time_t)i;
    return 0;
}

static Value gm_or_local(const char *fname, bool local, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw(fname, kw) < 0 || args_count(fname + 5, nargs, 0, 1) < 0)
        return VAL_NULL;
    time_t t;
    if (time_t_arg(nargs ? args[0] : VAL_NULL, &t) < 0)
        return VAL_NULL;
    struct tm tm;
    errno = 0;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
        if (errno == 0 || errno == EOVERFLOW)
            err_set(&Exc_OverflowError, "timestamp out of range for platform time_t");
        else
            err_set_from_errno(&Exc_OSError, VAL_NULL);
        return VAL_NULL;
    }
    return struct_time_from_tm(&tm, tm.tm_zone, tm.tm_gmtoff);
}

static Value t_gmtime(Value self, const Value *args, size_t nargs, Object *kw)
{
    return gm_or_local("time.gmtime", false, args, nargs, kw);
}

static Value t_localtime(Value self, const Value *args, size_t nargs, Object *kw)
{
    return gm_or_local("time.localtime", true, args, nargs, kw);
}

/* A time tuple or struct_time into a struct tm (CPython's gettmarg). */
static int tm_from_arg(Value v, struct tm *tm, const char *fname)
{
    if (!val_is_tuple(v)) {
        err_set(&Exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    Object *t = val_as_obj(v);
    ssize_t n = val_type(v) == StructTime_Type ? 9 : tuple_size(t);
    if (n != 9) {
        err_set(&Exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        Value item = tuple_get(t, i);
        if (val_is_float(item)) {
            err_set(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        if (mod_arg_i64(item, &f[i]) < 0)
            return -1;
        if (f[i] < INT_MIN || f[i] > INT_MAX) {
            err_set(&Exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
    }
    memset(tm, 0, sizeof *tm);
    if (f[0] - 1900 < INT_MIN) {
        err_set(&Exc_OverflowError, "year out of range");
        return -1;
    }
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    if (tm->tm_wday < 0) {
        err_set(&Exc_ValueError, "day of week out of range");
        return -1;
    }
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    if (val_type(v) == StructTime_Type) {
        Value zone = tuple_get(t, 9), off = tuple_get(t, 10);
        if (zone != VAL_NONE && val_is_str(zone))
            tm->tm_zone = str_utf8_lossy(val_as_str(zone));
        int64_t o;
        if (off != VAL_NONE && mod_arg_i64(off, &o) == 0)
            tm->tm_gmtoff = (long)o;
        err_clear();
    }
    return 0;
}

/* CPython's checktm, run before strftime and asctime. */
static int check_tm(struct tm *tm)
{
    const char *msg = NULL;
    if (tm->tm_mon < 0 || tm->tm_mon > 11)
        msg = "month out of range";
    else if (tm->tm_mday < 1 || tm->tm_mday > 31)
        msg = "day of month out of range";
    else if (tm->tm_hour < 0 || tm->tm_hour > 23)
        msg = "hour out of range";
    else if (tm->tm_min < 0 || tm->tm_min > 59)
        msg = "minute out of range";
    else if (tm->tm_sec < 0 || tm->tm_sec > 61)
        msg = "seconds out of range";
    else if (tm->tm_wday < 0)
        msg = "day of week out of range";
    else if (tm->tm_yday < 0 || tm->tm_yday > 365)
        msg = "day of year out of range";
    if (msg) {
        err_set(&Exc_ValueError, "%s", msg);
        return -1;
    }
    return 0;
}

static Value t_mktime(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("time.mktime", kw) < 0 || args_count("time.mktime", nargs, 1, 1) < 0)
        return VAL_NULL;
    struct tm tm;
    if (tm_from_arg(args[0], &tm, "mktime") < 0)
        return VAL_NULL;
    tm.tm_wday = -1; /* sentinel: mktime() sets it on success */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        err_set(&Exc_OverflowError, "mktime argument out of range");
        return VAL_NULL;
    }
    return float_new((double)t);
}

static Value t_strftime(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("time.strftime", kw) < 0 || args_count("strftime", nargs, 1, 2) < 0)
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
        return VAL_NULL;
    }
    struct tm tm;
    if (nargs == 2) {
        if (tm_from_arg(args[1], &tm, "strftime") < 0)
            return VAL_NULL;
        /* Normalise the zeros CPython accepts, then check. */
        if (tm.tm_mon == -1)
            tm.tm_mon = 0;
        if (tm.tm_mday == 0)
            tm.tm_mday = 1;
        if (tm.tm_yday == -1)
            tm.tm_yday = 0;
        if (check_tm(&tm) < 0)
            return VAL_NULL;
        if (tm.tm_isdst < -1)
            tm.tm_isdst = -1;
        else if (tm.tm_isdst > 1)
            tm.tm_isdst = 1;
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &tm);
    }
    Value r;
    ssize_t flen;
    const char *f = str_utf8(val_as_str(args[0]), &flen);
    if (!f)
        return VAL_NULL;
    if ((ssize_t)strlen(f) != flen) {
        err_set(&Exc_ValueError, "embedded null character");
        return VAL_NULL;
    }
    if (flen == 0)
        return str_empty();
    /* strftime returns 0 both on overflow and for an empty result: grow the
     * buffer up to 256 times the format's length, as CPython does. */
    for (size_t cap = 1024;; cap *= 2) {
        char *buf = mem_alloc(cap);
        if (!buf)
            return err_no_memory();
        size_t len = strftime(buf, cap, f, &tm);
        if (len > 0 || cap >= 256 * (size_t)flen) {
            r = str_decode(buf, (ssize_t)len, "utf-8", "surrogateescape");
            mem_free(buf);
            return r;
        }
        mem_free(buf);
    }
}

static Value format_asctime(const struct tm *tm)
{
    static const char wday[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return str_printf("%s %s%3d %.2d:%.2d:%.2d %lld", wday[tm->tm_wday], mon[tm->tm_mon],
                      tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
                      (long long)tm->tm_year + 1900);
}

static Value t_asctime(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("time.asctime", kw) < 0 || args_count("asctime", nargs, 0, 1) < 0)
        return VAL_NULL;
    struct tm tm;
    if (nargs) {
        if (tm_from_arg(args[0], &tm, "asctime") < 0 || check_tm(&tm) < 0)
            return VAL_NULL;
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &tm);
    }
    return format_asctime(&tm);
}

static Value t_ctime(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("time.ctime", kw) < 0 || args_count("ctime", nargs, 0, 1) < 0)
        return VAL_NULL;
    time_t t;
    struct tm tm;
    if (time_t_arg(nargs ? args[0] : VAL_NULL, &t) < 0)
        return VAL_NULL;
    if (!localtime_r(&t, &tm)) {
        err_set(&Exc_OverflowError, "timestamp out of range for platform time_t");
        return VAL_NULL;
    }
    return format_asctime(&tm);
}

/* timezone, altzone, daylight, tzname from January and July of this year,
 * as CPython's init_timezone. */
static int set_timezone(Value m)
{
    tzset();
    const time_t year = (time_t)((365 * 24 + 6) * 3600);
    time_t t = (time(NULL) / year) * year;
    struct tm jan, jul;
    localtime_r(&t, &jan);
    t += year / 2;
    localtime_r(&t, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    char janname[16], julname[16];
    snprintf(janname, sizeof janname, "%s", jan.tm_zone ? jan.tm_zone : "   ");
    snprintf(julname, sizeof julname, "%s", jul.tm_zone ? jul.tm_zone : "   ");
    long tz, alt;
    const char *n0, *n1;
    if (janzone < julzone) { /* the southern hemisphere */
        tz = julzone, alt = janzone, n0 = julname, n1 = janname;
    } else {
        tz = janzone, alt = julzone, n0 = janname, n1 = julname;
    }
    Value a = str_from_cstr(n0), b = str_from_cstr(n1);
    Object *names = a && b ? tuple_pack(2, a, b) : NULL;
    val_xdecref(a);
    val_xdecref(b);
    if (!names)
        return -1;
    Value tzv = int_from_i64(tz), altv = int_from_i64(alt);
    int r = module_add(m, "tzname", (Value)names) < 0 || module_add(m, "timezone", tzv) < 0 ||
                    module_add(m, "altzone", altv) < 0 ||
                    module_add(m, "daylight", val_from_int(janzone != julzone)) < 0
                ? -1
                : 0;
    obj_decref(names);
    val_decref(tzv);
    val_decref(altv);
    return r;
}

static Value t_tzset(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("time.tzset", nargs, 0, 0) < 0)
        return VAL_NULL;
    if (set_timezone(self) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static const MethodDef time_functions[] = {
    {"asctime", t_asctime, 0, NULL},
    {"ctime", t_ctime, 0, NULL},
    {"get_clock_info", t_get_clock_info, 0, NULL},
    {"gmtime", t_gmtime, 0, NULL},
    {"localtime", t_localtime, 0, NULL},
    {"mktime", t_mktime, 0, NULL},
    {"monotonic", t_monotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", t_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", t_perf_counter, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", t_perf_counter_ns, 0, "Performance counter for benchmarking as nanoseconds."},
    {"process_time", t_process_time, 0, NULL},
    {"process_time_ns", t_process_time_ns, 0, NULL},
    {"sleep", t_sleep, 0, "Delay execution for a given number of seconds."},
    {"strftime", t_strftime, 0, NULL},
    {"thread_time", t_thread_time, 0, NULL},
    {"thread_time_ns", t_thread_time_ns, 0, NULL},
    {"time", t_time, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", t_time_ns, 0, "Return the current time in nanoseconds since the Epoch."},
    {"tzset", t_tzset, 0, NULL},
    {0},
};

int time_module_init(Value m)
{
    if (!StructTime_Type) {
        Type *t = structseq_new_type("time.struct_time", struct_time_fields, 9);
        if (!t)
            return -1;
        t->tp_new = struct_time_new;
        StructTime_Type = t;
    }
    if (module_add_functions(m, time_functions) < 0 ||
        module_add(m, "struct_time", (Value)StructTime_Type) < 0 || set_timezone(m) < 0)
        return -1;
    static const struct { const char *name; int v; } consts[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID}, {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
        {"CLOCK_TAI", CLOCK_TAI},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (module_add(m, consts[i].name, val_from_int(consts[i].v)) < 0)
            return -1;
    return 0;
}
