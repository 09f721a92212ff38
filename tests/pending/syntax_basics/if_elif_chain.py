# if/elif/else chains with various conditions; nested ifs
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        if n > 100:
            return "big even"
        return "even"
    elif n in (1, 3, 5, 7, 9):
        return "small odd"
    else:
        return "odd"
for v in (-5, 0, 4, 102, 7, 11):
    print(v, classify(v))
def grade(score):
    if score >= 90: g = 'A'
    elif score >= 80: g = 'B'
    elif score >= 70: g = 'C'
    else: g = 'F'
    return g
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
