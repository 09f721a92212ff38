# Helper: module inside a namespace package (no __init__.py).
NAME = "ns_pkg.part"
