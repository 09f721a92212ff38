# Custom exception hierarchies: catching by base, attributes, and __str__
class BankError(Exception):
    """Base for bank errors."""
class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class AccountLocked(BankError):
    pass
class FraudSuspected(AccountLocked):
    def __str__(self):
        return "fraud: " + super().__str__()
def act(kind):
    if kind == 1: raise InsufficientFunds(100, 30)
    if kind == 2: raise AccountLocked("too many attempts")
    if kind == 3: raise FraudSuspected("odd pattern")
    return "ok"
for k in range(4):
    try:
        print(act(k))
    except InsufficientFunds as e:
        print("funds:", e, e.needed - e.available)
    except AccountLocked as e:
        print("locked:", type(e).__name__, e)
    except BankError:
        print("generic")
print([c.__name__ for c in FraudSuspected.__mro__])
print(BankError.__doc__, FraudSuspected.__doc__)
try:
    act(3)
except BankError as e:
    print(isinstance(e, AccountLocked), e.args)
