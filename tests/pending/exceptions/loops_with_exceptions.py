# Exceptions inside loops: continue after error, collecting failures, retry with counter
raw = ["1", "two", "3", "", "5.5", "6"]
good, bad = [], []
for item in raw:
    try:
        good.append(int(item))
    except ValueError:
        bad.append(item)
        continue
    finally:
        pass
print(good, bad)
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"
for tries in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retry:", e)
    else:
        print(result, "after", tries + 1, "tries")
        break
def first_valid(values):
    for v in values:
        try:
            return 100 // v
        except (ZeroDivisionError, TypeError) as e:
            print("skip", repr(v), type(e).__name__)
    raise LookupError("none valid")
print(first_valid([0, "x", None, 7]))
try:
    first_valid([0])
except LookupError as e:
    print(e)
