# Deriving all comparison methods from __eq__ and __lt__ with a hand-written class decorator
def total_ordering(cls):
    cls.__le__ = lambda self, o: self < o or self == o
    cls.__gt__ = lambda self, o: not (self < o or self == o)
    cls.__ge__ = lambda self, o: not self < o
    return cls
@total_ordering
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def __eq__(self, o):
        return self.RANKS.index(self.rank) == self.RANKS.index(o.rank)
    def __lt__(self, o):
        return self.RANKS.index(self.rank) < self.RANKS.index(o.rank)
    __hash__ = None
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in "KH 2S TD AC 2D 9H".split()]
print(sorted(hand), max(hand), min(hand))
a, b = Card("QS"), Card("QH")
print(a == b, a <= b, a >= b, a < b, a > b, Card("3C") > Card("2C"), Card("3C") <= Card("2C"))
print(sorted(hand, reverse=True)[:3], [c for c in hand if c >= Card("TS")])
