# ftpy's demo: CPU-bound Python threads running in parallel (no GIL).
# Counts primes below a limit by trial division, split into chunks dealt
# out in turn, first on one thread and then on one thread per core, checks
# that both give the same answer, and prints the speed-up.
import sys
import threading
import time

LIMIT = 600_000


CHUNK = 2_000


def count_primes(first_chunk, nchunks_step, limit):
    """Primes in chunks first_chunk, first_chunk + step, ... of [0, limit):
    block-cyclic, so every thread gets a similar mix of small and large
    numbers (a stride of 2 would give one thread all the even numbers)."""
    n = 0
    lo = first_chunk * CHUNK
    while lo < limit:
        for c in range(lo, min(lo + CHUNK, limit)):
            if c < 2:
                continue
            d = 2
            while d * d <= c:
                if c % d == 0:
                    break
                d += 1
            else:
                n += 1
        lo += nchunks_step * CHUNK
    return n


def timed(nthreads):
    counts = [0] * nthreads

    def work(k):
        counts[k] = count_primes(k, nthreads, LIMIT)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts), time.perf_counter() - t0


try:
    from os import cpu_count
except ImportError:  # the os module is optional here: posix has the same
    from posix import cpu_count
ncpu = cpu_count() or 2
print(f"ftpy {sys.version.split()[0]}, GIL enabled: {sys._is_gil_enabled()}, {ncpu} cores")
primes1, t1 = timed(1)
primesn, tn = timed(ncpu)
print(f"primes below {LIMIT}: {primes1} on 1 thread in {t1:.2f} s")
print(f"primes below {LIMIT}: {primesn} on {ncpu} threads in {tn:.2f} s")
print("results agree" if primes1 == primesn else "RESULTS DIFFER")
print(f"speed-up: {t1 / tn:.2f}x")
