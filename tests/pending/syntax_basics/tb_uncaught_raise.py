# An uncaught exception raised inside nested calls: traceback and exit status 1
def level3(v):
    if v > 2:
        raise ValueError(f"value too large: {v}")
    return v
def level2(v):
    return level3(v + 1)
def level1(v):
    return level2(v * 2)
print(level1(0))
print(level1(1))
print("not reached")
