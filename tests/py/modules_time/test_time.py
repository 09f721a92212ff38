# time: clocks (types and monotonicity only), sleep, struct_time and the
# UTC conversions; nothing that depends on the wall clock or time zone.
import time


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    a = getattr(time, name)()
    b = getattr(time, name + '_ns')()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0)
m1 = time.monotonic()
print(time.sleep(0.01), time.sleep(0), time.monotonic() - m1 >= 0.009)
show('sleep neg', time.sleep, -1)
show('sleep str', time.sleep, 'a')
show('sleep nan', time.sleep, float('nan'))
t = time.gmtime(0)
print(t, t.tm_year, t[0], len(t), t.tm_zone, t.tm_gmtoff, t[:])
print(time.gmtime(1700000000), time.gmtime(1e9 + 0.7), time.gmtime(-86400 * 365))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %%', time.gmtime(1234567890)))
print(time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0)), repr(time.strftime('', time.gmtime(0))))
print(time.asctime(time.gmtime(0)), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(st, st.tm_mday, st.tm_zone, st[:] == (2000, 1, 2, 3, 4, 5, 6, 2, 0))
show('struct_time short', time.struct_time, (1, 2))
show('strftime month', time.strftime, '%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))
show('strftime hour', time.strftime, '%Y', (2020, 1, 1, 25, 0, 0, 0, 1, 0))
show('strftime len', time.strftime, '%Y', (1, 2, 3))
show('strftime type', time.strftime, '%Y', [2020])
show('gmtime str', time.gmtime, 'x')
show('gmtime nan', time.gmtime, float('nan'))
lt = time.localtime(0)
print(type(lt).__name__, len(lt), type(time.mktime(lt)).__name__, time.mktime(lt) == 0.0)
print(type(time.ctime()).__name__, len(time.ctime(0)), isinstance(time.timezone, int), isinstance(time.altzone, int),
      time.daylight in (0, 1), len(time.tzname))
info = time.get_clock_info('monotonic')
print(info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
print(time.get_clock_info('time').adjustable, time.get_clock_info('perf_counter').monotonic)
show('clock_info bad', time.get_clock_info, 'nope')
