# Uncaught exception raised while handling another: implicit chaining in the traceback
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError("no number in " + repr(text))
print(parse("12"))
print(parse("twelve"))
