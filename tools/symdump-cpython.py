#!/usr/bin/env python3.13
# symdump-cpython.py FILE: prints FILE's symbol table as python3.13's
# symtable module sees it, in tools/symdump.c's format (see there).
import symtable
import sys

SCOPES = {0: "NONE", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT",
          4: "FREE", 5: "CELL"}


def dump(t, depth):
    ind = " " * (depth * 2)
    raw = t._table
    print(f"{ind}block {t.get_type().value} '{t.get_name()}' line {t.get_lineno()} "
          f"nested {int(t.is_nested())} optimized {int(t.is_optimized())} "
          f"children {len(raw.children)}")
    print(f"{ind}  varnames:" + "".join(" " + v for v in raw.varnames))
    for name in sorted(raw.symbols):
        s = t.lookup(name)
        flags = raw.symbols[name]
        props = []
        for prop in ("referenced", "imported", "parameter", "global",
                     "declared_global", "local", "annotated", "free",
                     "nonlocal", "assigned", "namespace"):
            if getattr(s, "is_" + prop)():
                props.append(prop)
        scope = SCOPES.get((flags >> 12) & 15, "?")
        print(f"{ind}  sym '{name}' {scope} {flags:#x}" + "".join(" " + p for p in props))
    for c in t.get_children():
        dump(c, depth + 1)


def main():
    path = sys.argv[1]
    with open(path, "rb") as f:
        src = f.read()
    try:
        t = symtable.symtable(src, path, "exec")
    except SyntaxError as e:
        print(f"error {type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}, "
              f"end {e.end_lineno} {e.end_offset})")
        sys.exit(1)
    dump(t, 0)


main()
