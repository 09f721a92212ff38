# An uncaught TypeError from calling a function with a missing argument
def area(width, height):
    return width * height
print(area(3, 4))
shapes = [(2, 5), (7,)]
for s in shapes:
    print(area(*s))
