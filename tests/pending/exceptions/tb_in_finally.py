# Uncaught exception raised in a finally block while another is propagating
def cleanup_fails():
    try:
        raise ValueError("primary failure")
    finally:
        raise RuntimeError("cleanup failed too")
cleanup_fails()
