# and/or return one of their operands and short-circuit; not returns bool
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], [] and 1)
print("" or "default", "set" or "default")
def t(tag, v):
    print("called", tag)
    return v
print(t("a", 0) and t("b", 1))
print(t("a", 1) or t("b", 1))
print(t("a", 1) and t("b", 0) or t("c", "fallback"))
print(not 0, not 1, not "", not "x", not [], not [0], not None)
print(type(not 5).__name__, type(5 and 6).__name__)
print(0.0 or 0j or () or {} or set() or range(0) or "last")
print(all([]), any([]), bool(0.0), bool(-0.0), bool(1e-300))
