# Program: graph algorithms module - BFS, DFS, topological sort, Dijkstra with a hand-written heap, components
class MinHeap:
    def __init__(self):
        self.a = []
    def __len__(self):
        return len(self.a)
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i, n = 0, len(a)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = {}
    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, {})[v] = w
        self.adj.setdefault(v, {})
        if not self.directed:
            self.adj[v][u] = w
    def nodes(self):
        return sorted(self.adj)
    def neighbors(self, u):
        return sorted(self.adj[u])
    def bfs(self, start):
        order, seen, queue, head = [], {start}, [start], 0
        dist = {start: 0}
        while head < len(queue):
            u = queue[head]
            head += 1
            order.append(u)
            for v in self.neighbors(u):
                if v not in seen:
                    seen.add(v)
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return order, dist
    def dfs(self, start):
        order, seen = [], set()
        def visit(u):
            seen.add(u)
            order.append(u)
            for v in self.neighbors(u):
                if v not in seen:
                    visit(v)
        visit(start)
        return order
    def dfs_iterative(self, start):
        order, seen, stack = [], set(), [start]
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            order.append(u)
            stack.extend(reversed(self.neighbors(u)))
        return order
    def shortest_path(self, src, dst):
        dist = {src: 0}
        prev = {}
        heap = MinHeap()
        heap.push((0, src))
        settled = set()
        while heap:
            d, u = heap.pop()
            if u in settled:
                continue
            settled.add(u)
            if u == dst:
                break
            for v, w in sorted(self.adj[u].items()):
                nd = d + w
                if v not in dist or nd < dist[v]:
                    dist[v] = nd
                    prev[v] = u
                    heap.push((nd, v))
        if dst not in dist:
            return None, []
        path = [dst]
        while path[-1] != src:
            path.append(prev[path[-1]])
        return dist[dst], path[::-1]
    def topo_sort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = MinHeap()
        for u, d in indeg.items():
            if d == 0:
                ready.push(u)
        out = []
        while ready:
            u = ready.pop()
            out.append(u)
            for v in self.neighbors(u):
                indeg[v] -= 1
                if indeg[v] == 0:
                    ready.push(v)
        if len(out) != len(self.adj):
            raise ValueError("graph has a cycle: " + ",".join(sorted(u for u, d in indeg.items() if d > 0)))
        return out
    def components(self):
        seen, comps = set(), []
        for u in self.nodes():
            if u not in seen:
                comp = self.bfs(u)[0]
                seen.update(comp)
                comps.append(sorted(comp))
        return comps
    def has_cycle_undirected(self):
        seen = set()
        for s in self.nodes():
            if s in seen:
                continue
            stack = [(s, None)]
            while stack:
                u, parent = stack.pop()
                if u in seen:
                    return True
                seen.add(u)
                for v in self.neighbors(u):
                    if v != parent:
                        stack.append((v, u))
        return False

roads = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4),
                ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]:
    roads.add_edge(u, v, w)
print("nodes:", roads.nodes())
order, dist = roads.bfs("A")
print("bfs from A:", order, dist)
print("dfs from A:", roads.dfs("A"), roads.dfs_iterative("A"))
for src, dst in [("A", "D"), ("A", "F"), ("B", "E"), ("A", "H"), ("F", "A")]:
    d, path = roads.shortest_path(src, dst)
    print(f"shortest {src}->{dst}:", d, "->".join(path) if path else "unreachable")
print("components:", roads.components(), "cycle:", roads.has_cycle_undirected())
tree = Graph()
for u, v in [(1, 2), (1, 3), (3, 4), (3, 5)]:
    tree.add_edge(u, v)
print("tree cycle:", tree.has_cycle_undirected(), "tree dfs:", tree.dfs(1))

deps = Graph(directed=True)
for a, b in [("stdlib", "app"), ("core", "stdlib"), ("core", "parser"), ("parser", "compiler"), ("compiler", "app"),
             ("lexer", "parser"), ("core", "lexer"), ("tests", "app")]:
    deps.add_edge(a, b)
print("build order:", deps.topo_sort())
deps.add_edge("app", "core")
try:
    deps.topo_sort()
except ValueError as e:
    print("error:", e)

grid = ["S..#....",
        ".#.#.##.",
        ".#...#..",
        ".####.#.",
        "......#E"]
g = Graph()
rows, cols = len(grid), len(grid[0])
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "#":
            continue
        for dr, dc in ((0, 1), (1, 0)):
            rr, cc = r + dr, c + dc
            if rr < rows and cc < cols and grid[rr][cc] != "#":
                g.add_edge((r, c), (rr, cc))
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
steps, path = g.shortest_path(start, end)
print("maze steps:", steps)
canvas = [list(row) for row in grid]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
h = MinHeap()
for x in [9, 4, 7, 1, 8, 2, 2, 6]:
    h.push(x)
print("heap sort:", [h.pop() for _ in range(len(h))])
