# Program: sudoku solver with constraint propagation (naked/hidden singles) plus backtracking search
DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS

def cross(a, b):
    return [x + y for x in a for y in b]

SQUARES = cross(ROWS, COLS)
UNITLIST = ([cross(ROWS, c) for c in COLS] + [cross(r, COLS) for r in ROWS] +
            [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITLIST if s in u] for s in SQUARES}
PEERS = {s: set(sum(UNITS[s], [])) - {s} for s in SQUARES}

class Contradiction(Exception):
    pass

class Stats:
    def __init__(self):
        self.assignments = 0
        self.guesses = 0
        self.backtracks = 0

def parse_grid(text):
    chars = [c for c in text if c in DIGITS or c in "0."]
    if len(chars) != 81:
        raise ValueError(f"grid must have 81 cells, got {len(chars)}")
    return dict(zip(SQUARES, chars))

def assign(values, s, d, stats):
    stats.assignments += 1
    for other in values[s].replace(d, ""):
        eliminate(values, s, other, stats)
    return values

def eliminate(values, s, d, stats):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, "")
    if not values[s]:
        raise Contradiction(f"no candidates left for {s}")
    if len(values[s]) == 1:
        d2 = values[s]
        for p in PEERS[s]:
            eliminate(values, p, d2, stats)
    for u in UNITS[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            raise Contradiction(f"no place for {d} in unit starting {u[0]}")
        if len(places) == 1:
            assign(values, places[0], d, stats)
    return values

def propagate(grid, stats):
    values = {s: DIGITS for s in SQUARES}
    for s, d in grid.items():
        if d in DIGITS:
            assign(values, s, d, stats)
    return values

def search(values, stats, depth=0):
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        stats.guesses += 1
        trial = dict(values)
        try:
            return search(assign(trial, s, d, stats), stats, depth + 1)
        except Contradiction:
            stats.backtracks += 1
    raise Contradiction(f"dead end at {s} depth {depth}")

def solve(text):
    stats = Stats()
    values = propagate(parse_grid(text), stats)
    after_propagation = sum(len(values[s]) == 1 for s in SQUARES)
    solved = search(values, stats)
    return solved, stats, after_propagation

def show(values):
    width = 1 + max(len(values[s]) for s in SQUARES)
    line = "+".join(["-" * (width * 3)] * 3)
    out = []
    for r in ROWS:
        out.append("".join(values[r + c].center(width) + ("|" if c in "36" else "") for c in COLS))
        if r in "CF":
            out.append(line)
    return "\n".join(out)

def valid(values):
    return all(sorted(values[s] for s in u) == list(DIGITS) for u in UNITLIST)

PUZZLES = {
    "easy": "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "hard": "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "arto": "85...24..72......9..4.........1.7..23.5...9...4...........8..7..17..........36.4.",
}
print("squares:", len(SQUARES), "units:", len(UNITLIST), "peers of C2:", sorted(PEERS["C2"])[:6], len(PEERS["C2"]))
for name, puzzle in PUZZLES.items():
    grid = parse_grid(puzzle)
    print(f"=== {name}: {sum(v in DIGITS for v in grid.values())} givens ===")
    solved, stats, after = solve(puzzle)
    print(show(solved))
    print(f"valid={valid(solved)} solved_by_propagation={after}/81 guesses={stats.guesses} backtracks={stats.backtracks}")
    print("solution string:", "".join(solved[s] for s in SQUARES))
    given_ok = all(solved[s] == grid[s] for s in SQUARES if grid[s] in DIGITS)
    print("respects givens:", given_ok)

partial = propagate(parse_grid(PUZZLES["hard"]), Stats())
print("candidates after propagation (hard):")
print(show(partial))
bad = "11" + "." * 79
try:
    solve(bad)
except Contradiction as e:
    print("Contradiction:", e)
try:
    parse_grid("123")
except ValueError as e:
    print("ValueError:", e)
unsolvable = "12345678." + "........9" + "." * 63
try:
    solve(unsolvable)
    print("solved?!")
except Contradiction as e:
    print("unsolvable:", type(e).__name__)

def count_solutions(values, limit, stats):
    if all(len(values[s]) == 1 for s in SQUARES):
        return 1
    _, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    total = 0
    for d in values[s]:
        trial = dict(values)
        try:
            total += count_solutions(assign(trial, s, d, stats), limit - total, stats)
        except Contradiction:
            continue
        if total >= limit:
            break
    return total

def uniqueness(text, limit=2):
    stats = Stats()
    try:
        values = propagate(parse_grid(text), stats)
    except Contradiction:
        return 0
    return count_solutions(values, limit, stats)

easy = PUZZLES["easy"]
print("easy unique:", uniqueness(easy) == 1)
for idx in (2, 4, 10):
    loosened = easy[:idx] + "0" + easy[idx + 1:] if easy[idx] != "0" else easy
    print(f"remove given at {idx}: solutions (capped at 3) =", uniqueness(loosened, 3))
two_removed = "".join("0" if i in (2, 6, 10) else ch for i, ch in enumerate(PUZZLES["arto"]))
print("arto with fewer givens, solutions (capped at 5):", uniqueness(two_removed, 5))
print("empty grid has many solutions (capped at 4):", uniqueness("0" * 81, 4))
