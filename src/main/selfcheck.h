/* The runtime's multi-threaded self-check: CPU-bound work on several
 * threads through every runtime mechanism, timed to show the speed-up. */
#ifndef FT_SELFCHECK_H
#define FT_SELFCHECK_H

/* Runs with 1..max_threads threads (max_threads <= 0: the CPU count);
 * returns 0 when every check held. */
int selfcheck_run(int max_threads);

#endif
