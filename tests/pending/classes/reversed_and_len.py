# __reversed__ vs sequence-protocol reversal, and __len__ used by builtins
class Deck:
    def __init__(self, cards): self.cards = list(cards)
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
class Custom(Deck):
    def __reversed__(self):
        return iter(["custom", "reversal"])
d = Deck("abc")
print(list(reversed(d)), len(d), d[-1], list(d), "b" in d)
print(list(reversed(Custom("xyz"))))
class NoLen:
    def __getitem__(self, i): return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Deck("cab")), max(Deck([3, 9, 2])), sum(Deck([1, 2, 3])))
print(list(enumerate(Deck("pq"))), dict(zip(Deck("ab"), Deck([1, 2]))))
