# comment
else:
    pass
