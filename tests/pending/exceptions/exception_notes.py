# add_note() and __notes__ on exceptions
e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__)
def process(item):
    try:
        return 10 // item
    except ZeroDivisionError as exc:
        exc.add_note(f"while processing item {item!r}")
        raise
try:
    process(0)
except ZeroDivisionError as exc:
    print(exc.__notes__)
