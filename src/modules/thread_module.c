/* The `_thread` module: starting OS threads that run Python code, thread
 * handles and joining, identities, the default thread excepthook, and
 * interpreter shutdown's wait for non-daemon threads. Locks are in
 * thread_lock.c, thread-local objects in thread_local.c. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "modules/builtins.h"
#include "modules/thread_internal.h"
#include "mutex.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/structseq.h"
#include "objects/traceback_print.h"
#include "objects/tupleobj.h"
#include "parking_lot.h"
#include "tstate.h"
#include "vm/vm.h"

/* ---- Handles ---------------------------------------------------------------- */

/* What a thread and the handles naming it share; freed by whichever lets
 * go last (plain memory: the exiting thread drops its reference after it
 * has no thread state left, so this cannot be an object).
 * state: STARTING until the new thread knows its identity, RUNNING, then
 * DONE once it has left the runtime; joiners park on the word. */
enum { H_STARTING = 0, H_RUNNING = 1, H_DONE = 2 };

typedef struct HandleCore {
    _Atomic uint32_t state;
    _Atomic int refs;
    uint64_t ident, native_id; /* written before state leaves STARTING */
    bool daemon;
    struct HandleCore *next;   /* in the shutdown list (non-daemon threads) */
} HandleCore;

static void core_release(HandleCore *c)
{
    if (atomic_fetch_sub_explicit(&c->refs, 1, memory_order_acq_rel) == 1)
        free(c);
}

static void core_set_state(HandleCore *c, uint32_t s)
{
    atomic_store_explicit(&c->state, s, memory_order_release);
    parking_lot_unpark_all(&c->state);
}

/* Waits (detached) until c reaches at least `until`; false on timeout. */
static bool core_wait(HandleCore *c, uint32_t until, int64_t timeout_ns)
{
    int64_t deadline = timeout_ns > 0 ? parking_lot_now_ns() + timeout_ns : timeout_ns;
    for (;;) {
        uint32_t s = atomic_load_explicit(&c->state, memory_order_acquire);
        if (s >= until)
            return true;
        int64_t rem = -1;
        if (deadline >= 0) {
            rem = deadline > 0 ? deadline - parking_lot_now_ns() : 0;
            if (rem <= 0)
                return false;
        }
        parking_lot_park(&c->state, &s, sizeof s, rem, NULL, true);
    }
}

/* Non-daemon threads not yet joined by _shutdown. */
static Mutex shutdown_lock = MUTEX_INIT;
static HandleCore *shutdown_list;

typedef struct HandleObj {
    Object base;
    HandleCore *core;
} HandleObj;

static HandleCore *core_of(Value v) { return ((HandleObj *)val_as_obj(v))->core; }

static HandleCore *core_new(void)
{
    HandleCore *c = calloc(1, sizeof *c);
    if (!c) {
        err_no_memory();
        return NULL;
    }
    atomic_init(&c->refs, 1);
    return c;
}

static Value handle_wrap(HandleCore *c)
{
    HandleObj *h = (HandleObj *)obj_alloc(&ThreadHandle_Type, 0);
    if (!h) {
        core_release(c);
        return VAL_NULL;
    }
    h->core = c;
    return (Value)h;
}

static Value handle_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    HandleCore *c = core_new();
    return c ? handle_wrap(c) : VAL_NULL;
}

static void handle_dealloc(Object *o)
{
    HandleObj *h = (HandleObj *)o;
    if (h->core)
        core_release(h->core);
    obj_free(o);
}

static Value handle_ident(Value self, void *closure)
{
    HandleCore *c = core_of(self);
    if (atomic_load_explicit(&c->state, memory_order_acquire) == H_STARTING)
        return val_ref(VAL_NONE);
    return int_from_u64(c->ident);
}

static Value handle_is_done(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_bool(atomic_load_explicit(&core_of(self)->state, memory_order_acquire) == H_DONE);
}

static Value handle_set_done(Value self, const Value *args, size_t nargs, Object *kw)
{
    core_set_state(core_of(self), H_DONE);
    return VAL_NONE;
}

static Value handle_join(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"timeout"};
    static const ArgSpec spec = {"join", names, 1, 0, 0, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    int64_t timeout_ns = -1;
    if (a[0] && a[0] != VAL_NONE) {
        double t;
        if (float_as_double(a[0], &t) < 0)
            return VAL_NULL;
        timeout_ns = t <= 0 ? 0 : t >= THREAD_TIMEOUT_MAX ? -1 : (int64_t)(t * 1e9);
    }
    HandleCore *c = core_of(self);
    if (atomic_load_explicit(&c->state, memory_order_acquire) == H_RUNNING &&
        c->ident == thread_ident()) {
        err_set(&Exc_RuntimeError, "Cannot join current thread");
        return VAL_NULL;
    }
    core_wait(c, H_DONE, timeout_ns);
    return VAL_NONE;
}

static Value handle_repr(Value self)
{
    HandleCore *c = core_of(self);
    uint64_t id = atomic_load_explicit(&c->state, memory_order_acquire) == H_STARTING ? 0 : c->ident;
    return str_printf("<_thread._ThreadHandle object: ident=%llu>", (unsigned long long)id);
}

static const MethodDef handle_methods[] = {
    {"is_done", handle_is_done, 0, NULL},
    {"_set_done", handle_set_done, 0, NULL},
    {"join", handle_join, 0, NULL},
    {0},
};

static const GetSetDef handle_getsets[] = {
    {"ident", handle_ident, NULL, NULL, NULL},
    {0},
};

Type ThreadHandle_Type = {
    TYPE_HEADER("_thread._ThreadHandle", handle_dealloc),
    .basicsize = sizeof(HandleObj),
    .tp_new = handle_new,
    .repr = handle_repr,
    .methods = handle_methods,
    .getsets = handle_getsets,
};

/* ---- Starting threads -------------------------------------------------------- */

static _Atomic long running_threads; /* _thread._count() */

typedef struct Boot {
    Value func, args, kwargs; /* references the new thread drops */
    HandleCore *core;         /* one reference owned by the new thread */
    bool joinable;            /* started by start_joinable_thread */
} Boot;

static uint64_t native_id(void) { return (uint64_t)syscall(SYS_gettid); }

/* sys.unraisablehook's default output for an exception that escaped a
 * thread started by start_new_thread. */
static void report_thread_exception(Value func)
{
    Value exc = err_fetch();
    if (!exc || val_isinstance_type(exc, &Exc_SystemExit)) {
        val_xdecref(exc);
        return;
    }
    Value r = obj_repr(func);
    const char *s = r ? str_utf8_lossy(val_as_str(r)) : "<object repr() failed>";
    err_clear();
    char head[512];
    int n = snprintf(head, sizeof head, "Exception ignored in thread started by: %s\n", s);
    sys_write_stderr(head, n < (int)sizeof head ? (size_t)n : sizeof head - 1);
    val_xdecref(r);
    exc_print(exc);
    val_decref(exc);
}

static void *thread_main(void *p)
{
    Boot *b = p;
    ThreadState *ts = ts_create();
    ts_attach(ts);
    HandleCore *c = b->core;
    c->ident = thread_ident();
    c->native_id = native_id();
    core_set_state(c, H_RUNNING);

    Value r = obj_call_tuple_dict(b->func, b->args, b->kwargs ? b->kwargs : VAL_NULL);
    if (r)
        val_decref(r);
    else
        report_thread_exception(b->func);
    val_decref(b->func);
    val_decref(b->args);
    val_xdecref(b->kwargs);
    free(b);

    thread_local_exit(ts->tid);
    vm_thread_fini();
    ts_destroy_current();
    atomic_fetch_sub_explicit(&running_threads, 1, memory_order_relaxed);
    core_set_state(c, H_DONE);
    core_release(c);
    return NULL;
}

static size_t thread_stack_size; /* 0: the system default */

/* Starts func(*args, **kwargs) on a new OS thread and waits until it runs. */
static int start_thread(Value func, Value args, Value kwargs, HandleCore *c)
{
    Boot *b = malloc(sizeof *b);
    if (!b) {
        err_no_memory();
        return -1;
    }
    b->func = val_ref(func);
    b->args = val_ref(args);
    b->kwargs = kwargs ? val_ref(kwargs) : VAL_NULL;
    b->core = c;
    atomic_fetch_add_explicit(&c->refs, 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&running_threads, 1, memory_order_relaxed);

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    size_t ss = thread_stack_size ? thread_stack_size : 8u << 20;
    pthread_attr_setstacksize(&attr, ss);
    pthread_t th;
    int rc = pthread_create(&th, &attr, thread_main, b);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        atomic_fetch_sub_explicit(&running_threads, 1, memory_order_relaxed);
        val_decref(b->func);
        val_decref(b->args);
        val_xdecref(b->kwargs);
        free(b);
        core_release(c);
        err_set(&Exc_RuntimeError, "can't start new thread");
        return -1;
    }
    core_wait(c, H_RUNNING, -1);
    return 0;
}

static int check_callable_args(Value func, Value args, Value kwargs)
{
    if (!val_type(func)->call) {
        err_set(&Exc_TypeError, "first arg must be callable");
        return -1;
    }
    if (!val_is_tuple(args)) {
        err_set(&Exc_TypeError, "2nd arg must be a tuple");
        return -1;
    }
    if (kwargs && !val_is_dict(kwargs)) {
        err_set(&Exc_TypeError, "optional 3rd arg must be a dictionary");
        return -1;
    }
    return 0;
}

static Value t_start_new_thread(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("start_new_thread", kw) < 0 || args_count("start_new_thread", nargs, 2, 3) < 0)
        return VAL_NULL;
    Value kwargs = nargs > 2 ? args[2] : VAL_NULL;
    if (check_callable_args(args[0], args[1], kwargs) < 0)
        return VAL_NULL;
    HandleCore *c = core_new();
    if (!c)
        return VAL_NULL;
    if (start_thread(args[0], args[1], kwargs, c) < 0)
        return VAL_NULL;
    Value id = int_from_u64(c->ident);
    core_release(c);
    return id;
}

static Value t_start_joinable_thread(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"function", "handle", "daemon"};
    static const ArgSpec spec = {"start_joinable_thread", names, 3, 0, 1, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    if (!val_type(a[0])->call) {
        err_set(&Exc_TypeError, "thread function must be callable");
        return VAL_NULL;
    }
    bool daemon = true;
    if (a[2]) {
        int t = obj_is_true(a[2]);
        if (t < 0)
            return VAL_NULL;
        daemon = t;
    }
    Value h;
    if (a[1] && a[1] != VAL_NONE) {
        if (!obj_type_is(a[1], &ThreadHandle_Type)) {
            err_set(&Exc_TypeError, "'handle' must be a _ThreadHandle");
            return VAL_NULL;
        }
        h = val_ref(a[1]);
    } else {
        h = handle_new(&ThreadHandle_Type, NULL, 0, NULL);
        if (!h)
            return VAL_NULL;
    }
    HandleCore *c = core_of(h);
    if (atomic_load_explicit(&c->state, memory_order_acquire) != H_STARTING) {
        val_decref(h);
        err_set(&Exc_RuntimeError, "thread already started");
        return VAL_NULL;
    }
    c->daemon = daemon;
    if (!daemon) {
        atomic_fetch_add_explicit(&c->refs, 1, memory_order_relaxed);
        mutex_lock(&shutdown_lock);
        c->next = shutdown_list;
        shutdown_list = c;
        mutex_unlock(&shutdown_lock);
    }
    if (start_thread(a[0], tuple_empty(), VAL_NULL, c) < 0) {
        val_decref(h);
        return VAL_NULL;
    }
    return h;
}

/* Waits for every non-daemon thread started by start_joinable_thread,
 * including those started while waiting. */
static Value t_shutdown(Value self, const Value *args, size_t nargs, Object *kw)
{
    uint64_t me = thread_ident();
    for (;;) {
        mutex_lock(&shutdown_lock);
        HandleCore *c = shutdown_list;
        if (c)
            shutdown_list = c->next;
        mutex_unlock(&shutdown_lock);
        if (!c)
            break;
        if (!(atomic_load_explicit(&c->state, memory_order_acquire) == H_RUNNING && c->ident == me))
            core_wait(c, H_DONE, -1);
        core_release(c);
    }
    return VAL_NONE;
}

static Value t_make_thread_handle(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("_make_thread_handle", nargs, 1, 1) < 0)
        return VAL_NULL;
    int64_t ident;
    if (int_as_i64(args[0], &ident) < 0)
        return VAL_NULL;
    HandleCore *c = core_new();
    if (!c)
        return VAL_NULL;
    c->ident = (uint64_t)ident;
    c->native_id = native_id();
    atomic_store_explicit(&c->state, H_RUNNING, memory_order_release);
    return handle_wrap(c);
}

static uint64_t main_ident;

static Value t_get_main_thread_ident(Value self, const Value *args, size_t nargs, Object *kw)
{
    return int_from_u64(main_ident);
}

static Value t_get_ident(Value self, const Value *args, size_t nargs, Object *kw)
{
    return int_from_u64(thread_ident());
}

static Value t_get_native_id(Value self, const Value *args, size_t nargs, Object *kw)
{
    return int_from_u64(native_id());
}

static Value t_count(Value self, const Value *args, size_t nargs, Object *kw)
{
    return int_from_i64(atomic_load_explicit(&running_threads, memory_order_relaxed));
}

static Value t_allocate_lock(Value self, const Value *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(&ThreadLock_Type, 0);
    return o ? (Value)o : VAL_NULL;
}

static Value t_stack_size(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("stack_size", nargs, 0, 1) < 0)
        return VAL_NULL;
    size_t old = thread_stack_size;
    if (nargs) {
        int64_t n;
        if (int_as_i64(args[0], &n) < 0)
            return VAL_NULL;
        if (n != 0 && n < 32768) {
            err_set(&Exc_ValueError, "size not valid: %lld bytes", (long long)n);
            return VAL_NULL;
        }
        thread_stack_size = (size_t)n;
    }
    return int_from_u64(old);
}

static Value t_daemon_threads_allowed(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_ref(VAL_TRUE);
}

static Value t_exit(Value self, const Value *args, size_t nargs, Object *kw)
{
    err_set_value(&Exc_SystemExit, VAL_NONE);
    return VAL_NULL;
}

/* threading.excepthook's default: "Exception in thread NAME:" and the
 * traceback on sys.stderr; SystemExit is silent. */
static Value t_excepthook(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("_excepthook", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value a = args[0];
    Value et = obj_getattr_cstr(a, "exc_type");
    if (!et)
        return VAL_NULL;
    bool is_exit = et == (Value)&Exc_SystemExit;
    val_decref(et);
    if (is_exit)
        return VAL_NONE;
    Value ev = obj_getattr_cstr(a, "exc_value");
    Value th = ev ? obj_getattr_cstr(a, "thread") : VAL_NULL;
    if (!th) {
        val_xdecref(ev);
        return VAL_NULL;
    }
    Value name = VAL_NULL;
    if (th != VAL_NONE) {
        name = obj_getattr_cstr(th, "name");
        if (!name)
            err_clear();
    }
    if (!name)
        name = int_from_u64(thread_ident());
    val_decref(th);
    Value out = sys_get_std("stderr");
    Value text = name ? str_printf("Exception in thread %S:\n", name) : VAL_NULL;
    val_xdecref(name);
    Value tb = text && ev != VAL_NONE ? exc_format(ev) : VAL_NULL;
    val_decref(ev);
    if (!text || (!tb && err_occurred())) {
        val_xdecref(out);
        val_xdecref(text);
        return VAL_NULL;
    }
    Value all = tb ? str_concat(text, tb) : val_ref(text);
    val_decref(text);
    val_xdecref(tb);
    if (!all) {
        val_xdecref(out);
        return VAL_NULL;
    }
    if (!out || out == VAL_NONE) {
        ssize_t len;
        const char *u = str_utf8(val_as_str(all), &len);
        if (u)
            sys_write_stderr(u, (size_t)len);
        err_clear();
        val_xdecref(out);
        val_decref(all);
        return VAL_NONE;
    }
    Value r = obj_call_method_cstr(out, "write", &all, 1);
    val_decref(all);
    if (r) {
        val_decref(r);
        r = obj_call_method_cstr(out, "flush", NULL, 0);
    }
    val_decref(out);
    if (!r)
        return VAL_NULL;
    val_decref(r);
    return VAL_NONE;
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", t_start_new_thread, 0, NULL},
    {"start_new", t_start_new_thread, 0, NULL},
    {"start_joinable_thread", t_start_joinable_thread, 0, NULL},
    {"allocate_lock", t_allocate_lock, 0, NULL},
    {"allocate", t_allocate_lock, 0, NULL},
    {"get_ident", t_get_ident, 0, NULL},
    {"get_native_id", t_get_native_id, 0, NULL},
    {"_count", t_count, 0, NULL},
    {"stack_size", t_stack_size, 0, NULL},
    {"daemon_threads_allowed", t_daemon_threads_allowed, 0, NULL},
    {"exit", t_exit, 0, NULL},
    {"exit_thread", t_exit, 0, NULL},
    {"_excepthook", t_excepthook, 0, NULL},
    {"_shutdown", t_shutdown, 0, NULL},
    {"_make_thread_handle", t_make_thread_handle, 0, NULL},
    {"_get_main_thread_ident", t_get_main_thread_ident, 0, NULL},
    {0},
};

/* _ExceptHookArgs((exc_type, exc_value, exc_traceback, thread)) */
static Value hook_args_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("_ExceptHookArgs", kw) < 0 || args_count("_ExceptHookArgs", nargs, 1, 1) < 0)
        return VAL_NULL;
    Object *t = tuple_from_iterable(args[0]);
    if (!t)
        return VAL_NULL;
    if (tuple_size(t) != 4) {
        err_set(&Exc_TypeError, "_thread._ExceptHookArgs() takes a 4-sequence (%zd-sequence given)",
                tuple_size(t));
        obj_decref(t);
        return VAL_NULL;
    }
    Value r = structseq_make(type, tuple_items(t));
    obj_decref(t);
    return r;
}

int thread_module_init(Value m)
{
    static Type *hook_args_type;
    static const char *const hook_fields[] = {"exc_type", "exc_value", "exc_traceback", "thread",
                                              NULL};
    if (thread_types_init() < 0)
        return -1;
    if (!hook_args_type) {
        hook_args_type = structseq_new_type("_thread._ExceptHookArgs", hook_fields, 4);
        if (!hook_args_type)
            return -1;
        hook_args_type->tp_new = hook_args_new;
    }
    if (!main_ident)
        main_ident = thread_ident(); /* the first import runs on the main thread */
    Value tmax = float_new(THREAD_TIMEOUT_MAX);
    if (!tmax)
        return -1;
    int r = module_add(m, "TIMEOUT_MAX", tmax);
    val_decref(tmax);
    if (r < 0 || module_add_functions(m, thread_functions) < 0 ||
        module_add(m, "LockType", (Value)&ThreadLock_Type) < 0 ||
        module_add(m, "lock", (Value)&ThreadLock_Type) < 0 ||
        module_add(m, "RLock", (Value)&ThreadRLock_Type) < 0 ||
        module_add(m, "_local", (Value)&ThreadLocal_Type) < 0 ||
        module_add(m, "_ThreadHandle", (Value)&ThreadHandle_Type) < 0 ||
        module_add(m, "_ExceptHookArgs", (Value)hook_args_type) < 0 ||
        module_add(m, "error", (Value)&Exc_RuntimeError) < 0)
        return -1;
    return 0;
}

int thread_types_init(void)
{
    static Type *const types[] = {&ThreadLock_Type, &ThreadRLock_Type, &ThreadLocal_Type,
                                  &ThreadHandle_Type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return 0;
}
