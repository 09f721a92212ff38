# compile(): modes exec/eval/single, filename in code objects, reuse of code objects, dont_inherit
c1 = compile("a + b", "<calc>", "eval")
print(c1.co_filename, c1.co_name, sorted(c1.co_names), eval(c1, {"a": 2, "b": 3}))
c2 = compile("for i in range(3):\n    acc.append(i * i)\n", "loop.py", "exec")
acc = []
exec(c2)
exec(c2)
print(acc, c2.co_filename)
c3 = compile("x = 5", "<s>", "single")
ns = {}
exec(c3, ns)
print(ns["x"])
for src, mode in (("x = 1", "eval"), ("1 +", "exec"), ("a", "bogus")):
    try:
        compile(src, "<bad>", mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__)
print(type(compile("pass", "<p>", "exec")).__name__, compile(b"1 + 1", "<b>", "eval").co_filename)
def f(): pass
print(f.__code__.co_filename.endswith("compile_builtin.py"), f.__code__.co_firstlineno)
