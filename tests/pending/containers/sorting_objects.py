# Sorting records by attributes and computed keys, with ties broken by insertion order
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return f"{self.name}({self.dept},{self.salary})"
staff = [Emp("zoe", "eng", 120), Emp("al", "ops", 90), Emp("bo", "eng", 120), Emp("cy", "ops", 95), Emp("di", "hr", 70)]
print(sorted(staff, key=lambda e: e.salary))
print(sorted(staff, key=lambda e: (e.dept, -e.salary, e.name)))
print(sorted(staff, key=lambda e: e.name, reverse=True))
print(max(staff, key=lambda e: (e.salary, e.name)), min(staff, key=lambda e: len(e.name)))
depts = {}
for e in staff:
    depts.setdefault(e.dept, []).append(e.salary)
print({d: (min(s), max(s), sum(s) / len(s)) for d, s in sorted(depts.items())})
try:
    sorted(staff)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], None, True)
except TypeError as e:
    print(type(e).__name__)
