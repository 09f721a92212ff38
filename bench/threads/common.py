# Shared driver of the thread-scaling benchmarks: runs work(k, n, share)
# on `threads` threads, splitting `total` units between them, and prints
# the elapsed seconds of the threaded part.
import sys
import threading
import time


def run(work, total):
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    share = total // nthreads
    barrier = threading.Barrier(nthreads + 1)

    def body(k):
        barrier.wait()
        work(k, share)

    threads = [threading.Thread(target=body, args=(k,)) for k in range(nthreads)]
    for t in threads:
        t.start()
    t0 = time.perf_counter()
    barrier.wait()
    for t in threads:
        t.join()
    print(f"{time.perf_counter() - t0:.4f}")
