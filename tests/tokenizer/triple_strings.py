x = """line one
line two
    indented "quotes" ''
"""
y = '''single
triple'''
z = """escaped \
newline"""
w = r"""raw \"""
v = b"""bytes
"""
