# Writing a module file at runtime under /tmp and importing it; syntax errors surface as SyntaxError
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "/tmp")
with open("/tmp/ftpy_test_dyn_mod.py", "w") as f:
    f.write("VALUE = 6 * 7\ndef hello(n):\n    return 'hi ' * n\n")
import ftpy_test_dyn_mod
print(ftpy_test_dyn_mod.VALUE, ftpy_test_dyn_mod.hello(2))
with open("/tmp/ftpy_test_dyn_bad.py", "w") as f:
    f.write("def broken(:\n    pass\n")
try:
    import ftpy_test_dyn_bad
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.filename.endswith("ftpy_test_dyn_bad.py"))
print("ftpy_test_dyn_bad" in sys.modules)
