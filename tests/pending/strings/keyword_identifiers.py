# str.isidentifier on keywords and soft keywords; identifiers as strings for getattr/setattr
cands = ["for", "match", "case", "type", "_", "None", "True", "async", "await", "print", "1x", "x1", "αβγ", "a-b", "__x__"]
print([(c, c.isidentifier()) for c in cands])
class NS: pass
ns = NS()
for name in ("alpha", "beta_2", "日本"):
    setattr(ns, name, name.upper())
print(sorted(vars(ns).items()))
setattr(ns, "not an identifier", 1)
print(getattr(ns, "not an identifier"), "not an identifier" in vars(ns))
match = 5
case = match + 1
type = "soft keyword names are fine"
_ = case * 2
print(match, case, type, _)
