# Three nesting levels mixing local, nonlocal and global names with the same identifier
v = "global"
def level1():
    v = "level1"
    def level2():
        nonlocal v
        v = "level2 changed level1"
        def level3():
            global v
            v = "level3 changed global"
            return v
        return level3()
    r = level2()
    return r, v
print(level1(), v)
def shadow_param(v):
    def inner():
        return v * 2
    v = v + 1
    return inner()
print(shadow_param(5))
def comp_scope():
    v = 10
    return [v + i for i in range(3)], [lambda: v][0]()
print(comp_scope())
