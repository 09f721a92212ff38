# Helper: module-level state shared by every importer.
calls = []
def record(who):
    calls.append(who)
    return len(calls)
