# input() with no stdin available raises EOFError; the prompt is still written to stdout
try:
    value = input("prompt> ")
    print("got", value)
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print("second:", type(e).__name__)
print("done")
