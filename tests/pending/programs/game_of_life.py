# Program: Conway's Game of Life on a set-based infinite grid and a toroidal list grid, with pattern detection
def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip("\n").splitlines()):
        for c, ch in enumerate(line):
            if ch in "#O*":
                cells.add((r, c))
    return cells

def neighbours(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield (r + dr, c + dc)

def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}

def bbox(live):
    if not live:
        return (0, 0, -1, -1)
    rs = [r for r, _ in live]
    cs = [c for _, c in live]
    return min(rs), min(cs), max(rs), max(cs)

def render(live, box=None):
    r0, c0, r1, c1 = box or bbox(live)
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(c0, c1 + 1)) for r in range(r0, r1 + 1))

def normalize(live):
    r0, c0, _, _ = bbox(live)
    return frozenset((r - r0, c - c0) for r, c in live)

def classify(live, max_gen=60):
    seen = {normalize(live): (0, bbox(live)[:2])}
    cur = live
    for gen in range(1, max_gen + 1):
        cur = step(cur)
        if not cur:
            return f"dies out at generation {gen}"
        key = normalize(cur)
        if key in seen:
            g0, origin0 = seen[key]
            period = gen - g0
            dr = bbox(cur)[0] - origin0[0]
            dc = bbox(cur)[1] - origin0[1]
            if (dr, dc) == (0, 0):
                return "still life" if period == 1 else f"oscillator with period {period} (from gen {g0})"
            return f"spaceship with period {period}, moving ({dr:+d}, {dc:+d})"
        seen[key] = (gen, bbox(cur)[:2])
    return f"no repetition within {max_gen} generations, population {len(cur)}"

PATTERNS = {
    "block": "##\n##",
    "beehive": ".##.\n#..#\n.##.",
    "blinker": "###",
    "toad": ".###\n###.",
    "beacon": "##..\n##..\n..##\n..##",
    "glider": ".#.\n..#\n###",
    "lwss": ".#..#\n#....\n#...#\n####.",
    "r-pentomino": ".##\n##.\n.#.",
    "diehard": "......#.\n##......\n.#...###",
    "pulsar-quarter": "..###...\n........\n#....#..\n#....#..\n#....#..\n..###...",
}
for name, pat in PATTERNS.items():
    cells = parse(pat)
    print(f"{name:15} pop={len(cells):2} -> {classify(cells, 140 if name == 'diehard' else 60)}")

glider = parse(PATTERNS["glider"])
box = (-1, -1, 5, 5)
for gen in range(5):
    print(f"glider generation {gen}:")
    print(render(glider, box))
    glider = step(glider)

class Torus:
    def __init__(self, rows, cols, live=()):
        self.rows, self.cols = rows, cols
        self.grid = [[0] * cols for _ in range(rows)]
        for r, c in live:
            self.grid[r % rows][c % cols] = 1
    def count(self, r, c):
        total = 0
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    total += self.grid[(r + dr) % self.rows][(c + dc) % self.cols]
        return total
    def step(self):
        new = [[0] * self.cols for _ in range(self.rows)]
        for r in range(self.rows):
            for c in range(self.cols):
                n = self.count(r, c)
                new[r][c] = 1 if n == 3 or (n == 2 and self.grid[r][c]) else 0
        self.grid = new
    def population(self):
        return sum(map(sum, self.grid))
    def __str__(self):
        return "\n".join("".join("O" if v else "." for v in row) for row in self.grid)

t = Torus(6, 6, parse(PATTERNS["glider"]))
history = []
for gen in range(25):
    history.append(str(t))
    t.step()
print("torus glider returns to start after", history[1:].index(history[0]) + 1, "generations; population", t.population())
print(t)

seed = 12345
def rand():
    global seed
    seed = (1103515245 * seed + 12345) % 2 ** 31
    return seed
soup = {(r, c) for r in range(12) for c in range(12) if rand() % 3 == 0}
pops = []
cur = soup
for gen in range(40):
    pops.append(len(cur))
    cur = step(cur)
print("random soup populations:", pops)
print("final bounding box:", bbox(cur), "population:", len(cur))
print(render(cur))

def make_rule(rulestring):
    born_part, survive_part = rulestring.upper().split("/")
    born = {int(ch) for ch in born_part[1:]}
    survive = {int(ch) for ch in survive_part[1:]}
    def rule_step(live):
        counts = {}
        for cell in live:
            for n in neighbours(cell):
                counts[n] = counts.get(n, 0) + 1
        return {cell for cell, k in counts.items() if (k in survive if cell in live else k in born)}
    rule_step.__name__ = "rule_" + rulestring.replace("/", "_")
    return rule_step

rules = {"life": make_rule("B3/S23"), "highlife": make_rule("B36/S23"), "seeds": make_rule("B2/S"),
         "daynight": make_rule("B3678/S34678")}
replicator = parse("..###\n.#..#\n#...#\n#..#.\n###..")
for name, rule in rules.items():
    cur = replicator
    pops = []
    for _ in range(12):
        pops.append(len(cur))
        cur = rule(cur)
    print(f"{name:9} {rule.__name__:18} populations: {pops}")
print("life rule matches step():", all(rules["life"](parse(p)) == step(parse(p)) for p in PATTERNS.values()))
census = {}
cur = soup
for _ in range(120):
    cur = step(cur)
print("soup after 120 generations:", len(cur), "cells, bbox", bbox(cur))
