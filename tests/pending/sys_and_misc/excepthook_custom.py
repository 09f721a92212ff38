# A custom sys.excepthook receives the uncaught exception; the exit status is still 1
import sys
def hook(exc_type, exc, tb):
    frames = 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print(f"custom hook: {exc_type.__name__}: {exc} ({frames} frames)", file=sys.stderr)
    print("cause:", repr(exc.__cause__), file=sys.stderr)
sys.excepthook = hook
def fail():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped failure") from e
print("before failure")
fail()
