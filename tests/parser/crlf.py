x = 1
y = "a\
b"
z = """l1
l2"""
