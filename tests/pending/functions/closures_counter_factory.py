# Closure-based objects: a bank account and a memo table implemented purely with nested functions
def account(balance=0):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("dep", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            history.append(("denied", x))
            return None
        balance -= x
        history.append(("wd", x))
        return balance
    def report():
        return balance, list(history)
    return {"deposit": deposit, "withdraw": withdraw, "report": report}
acct = account(10)
print(acct["deposit"](5), acct["withdraw"](30), acct["withdraw"](12), acct["report"]())
other = account()
print(other["report"](), acct["report"]()[0])
def memoize(f):
    table = {}
    def g(n):
        if n not in table:
            table[n] = f(n)
        return table[n]
    g.table = table
    return g
@memoize
def catalan(n):
    return 1 if n <= 1 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
print([catalan(i) for i in range(12)], len(catalan.table))
print(catalan.__closure__ is not None, [c.cell_contents is catalan.table for c in catalan.__closure__ if isinstance(c.cell_contents, dict)])
