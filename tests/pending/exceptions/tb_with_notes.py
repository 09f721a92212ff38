# Uncaught exception carrying notes: notes are printed after the message
def check(config):
    err = KeyError("timeout")
    err.add_note("config keys: " + ", ".join(sorted(config)))
    err.add_note("hint: add a 'timeout' entry")
    raise err
check({"retries": 3, "host": "example"})
