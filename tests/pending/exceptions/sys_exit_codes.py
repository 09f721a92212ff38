# sys.exit raises SystemExit with various codes; catching and inspecting it
import sys
for arg in (None, 0, 3, "message", (1, 2)):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no arg:", e.code)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code, isinstance(e, Exception), isinstance(e, BaseException))
def cleanup():
    try:
        sys.exit(9)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
