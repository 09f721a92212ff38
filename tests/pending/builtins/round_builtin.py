# round() dispatch: ints, floats, bools, negative ndigits, None ndigits and objects with __round__
print(round(7), round(7, 2), round(7, -1), round(True), type(round(True)).__name__)
print(round(2.675, 2), round(-0.5), round(0.5), round(1.5), round(2.5, None), round(1234.5678, -2))
class R:
    def __round__(self, ndigits=None):
        return ("rounded", ndigits)
print(round(R()), round(R(), 3), round(R(), None))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, "2")
except TypeError as e:
    print(type(e).__name__)
