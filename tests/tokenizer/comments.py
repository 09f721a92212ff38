# leading comment
#!not a shebang here

   # indented comment
x = 1  # trailing
    # deeper comment, not indentation

def f():
    # comment in body
    return 1
# dedent comment
#
