# Program: bank account simulation with classes, custom exceptions, transfers, interest and audit log
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance_str()}, cannot withdraw {fmt(amount)}")
        self.account = account
        self.amount = amount
class AccountFrozen(BankError):
    pass
class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return f"unknown account {self.args[0]!r}"
class InvalidAmount(BankError, ValueError):
    pass

def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"

class Transaction:
    _next_id = 1
    def __init__(self, kind, amount, memo=""):
        self.id = Transaction._next_id
        Transaction._next_id += 1
        self.kind = kind
        self.amount = amount
        self.memo = memo
    def __repr__(self):
        memo = f" ({self.memo})" if self.memo else ""
        return f"#{self.id:03d} {self.kind:<10} {fmt(self.amount):>12}{memo}"

class Account:
    kind = "basic"
    overdraft = 0
    def __init__(self, number, owner, opening=0):
        self.number = number
        self.owner = owner
        self.balance = 0
        self.frozen = False
        self.history = []
        if opening:
            self.deposit(opening, "opening deposit")
    def balance_str(self):
        return fmt(self.balance)
    def _check(self, amount):
        if not isinstance(amount, int) or isinstance(amount, bool):
            raise InvalidAmount(f"amount must be integer cents, got {type(amount).__name__}")
        if amount <= 0:
            raise InvalidAmount(f"amount must be positive, got {amount}")
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
    def deposit(self, amount, memo=""):
        self._check(amount)
        self.balance += amount
        self.history.append(Transaction("deposit", amount, memo))
        return self.balance
    def withdraw(self, amount, memo=""):
        self._check(amount)
        if self.balance - amount < -self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(Transaction("withdraw", -amount, memo))
        return self.balance
    def month_end(self):
        pass
    def __repr__(self):
        return f"<{type(self).__name__} {self.number} {self.owner}: {self.balance_str()}>"

class Savings(Account):
    kind = "savings"
    rate_bp = 125  # basis points per month, i.e. 1.25%
    withdrawals_per_month = 2
    def __init__(self, *a, **k):
        self.withdrawals = 0
        super().__init__(*a, **k)
    def withdraw(self, amount, memo=""):
        if self.withdrawals >= self.withdrawals_per_month:
            raise BankError(f"savings {self.number}: withdrawal limit reached")
        result = super().withdraw(amount, memo)
        self.withdrawals += 1
        return result
    def month_end(self):
        interest = self.balance * self.rate_bp // 10000
        if interest > 0:
            self.balance += interest
            self.history.append(Transaction("interest", interest))
        self.withdrawals = 0

class Checking(Account):
    kind = "checking"
    overdraft = 50_00
    fee = 5_00
    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self.history.append(Transaction("fee", -self.fee, "overdraft fee"))

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.audit = []
        self._seq = 1000
    def open(self, cls, owner, opening=0):
        self._seq += 7
        number = f"{cls.kind[0].upper()}{self._seq}"
        acct = cls(number, owner, opening)
        self.accounts[number] = acct
        self.log(f"opened {acct!r}")
        return acct
    def log(self, msg):
        self.audit.append(msg)
        print("  [audit]", msg)
    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None
    def transfer(self, src, dst, amount):
        try:
            a, b = self.get(src), self.get(dst)
        except UnknownAccount as e:
            self.log(f"transfer {src}->{dst} rejected: {e}")
            return False
        before = (a.balance, b.balance)
        try:
            a.withdraw(amount, f"to {dst}")
            b.deposit(amount, f"from {src}")
        except BankError as e:
            if a.balance != before[0]:
                a.balance = before[0]
                a.history.pop()
                self.log(f"rolled back withdrawal from {src}")
            self.log(f"transfer {src}->{dst} {fmt(amount)} FAILED: {type(e).__name__}: {e}")
            return False
        self.log(f"transfer {src}->{dst} {fmt(amount)} ok")
        return True
    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()
        self.log("month end processed")
    def total(self):
        return sum(a.balance for a in self.accounts.values())
    def report(self):
        print(f"== {self.name} report ==")
        for num in sorted(self.accounts):
            a = self.accounts[num]
            print(f"{num} {a.owner:<6} {a.kind:<9} {a.balance_str():>12}{'  FROZEN' if a.frozen else ''}")
        print(f"total deposits: {fmt(self.total())}")

bank = Bank("First Python Bank")
alice_c = bank.open(Checking, "alice", 120_00)
alice_s = bank.open(Savings, "alice", 1_000_00)
bob_c = bank.open(Checking, "bob", 15_50)
carol_s = bank.open(Savings, "carol")
bank.report()

print("-- operations --")
ops = [
    lambda: alice_c.withdraw(30_25, "groceries"),
    lambda: bob_c.withdraw(60_00, "rent share"),
    lambda: bob_c.withdraw(10_00, "too far"),
    lambda: alice_c.deposit(-5),
    lambda: alice_c.deposit(2.5),
    lambda: alice_c.deposit(True),
    lambda: carol_s.deposit(250_00, "paycheck"),
    lambda: alice_s.withdraw(100_00),
    lambda: alice_s.withdraw(100_00),
    lambda: alice_s.withdraw(1_00),
]
for i, op in enumerate(ops):
    try:
        result = op()
        print(f"op {i}: ok, balance now {fmt(result)}")
    except InsufficientFunds as e:
        print(f"op {i}: insufficient: {e} (short by {fmt(e.amount - e.account.balance - e.account.overdraft)})")
    except InvalidAmount as e:
        print(f"op {i}: invalid: {e} | is ValueError: {isinstance(e, ValueError)}")
    except BankError as e:
        print(f"op {i}: bank error: {e}")

print("-- transfers --")
bank.month_end()
bank.transfer(alice_s.number, carol_s.number, 50_00)
bank.transfer(alice_s.number, bob_c.number, 10_00)
bank.transfer(bob_c.number, alice_c.number, 500_00)
bank.transfer(alice_c.number, "X9999", 1_00)
try:
    bank.get("Z0000")
except KeyError as e:
    print("KeyError caught:", e, "| BankError too:", isinstance(e, BankError))
carol_s.frozen = True
bank.transfer(alice_c.number, carol_s.number, 5_00)
carol_s.frozen = False

print("-- month end --")
for month in range(1, 4):
    bank.month_end()
    print(f"after month {month}: alice savings {alice_s.balance_str()}, bob checking {bob_c.balance_str()}")
bank.report()

print("-- histories --")
for acct in (alice_c, alice_s, bob_c, carol_s):
    print(acct)
    for t in acct.history:
        print("   ", t)
    print("    net:", fmt(sum(t.amount for t in acct.history)), "matches:", sum(t.amount for t in acct.history) == acct.balance)
print("audit entries:", len(bank.audit), "failed transfers:", sum("FAILED" in m for m in bank.audit))
print([c.__name__ for c in UnknownAccount.__mro__])
