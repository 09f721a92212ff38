# Uncaught ExceptionGroup: the nested group traceback layout
def validate(items):
    errors = []
    for i, item in enumerate(items):
        if not isinstance(item, int):
            errors.append(TypeError(f"item {i} is not an int"))
        elif item < 0:
            errors.append(ValueError(f"item {i} is negative"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
validate([1, 2, 3])
print("first batch ok")
validate([1, "x", -5])
