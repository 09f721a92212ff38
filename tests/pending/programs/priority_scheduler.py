# Program: a discrete-time priority scheduler simulation with generator tasks, aging, preemption and I/O waits
class Task:
    _ids = 0
    def __init__(self, name, priority, body, arrival=0):
        Task._ids += 1
        self.id = Task._ids
        self.name = name
        self.base_priority = priority
        self.priority = priority
        self.body = body
        self.arrival = arrival
        self.state = "new"
        self.wake_at = None
        self.cpu_time = 0
        self.waited = 0
        self.finished_at = None
        self.result = None
        self.first_run = None
    def __repr__(self):
        return f"{self.name}(p={self.priority},{self.state})"

class ReadyQueue:
    """Binary heap keyed by (-priority, sequence) so equal priorities are FIFO."""
    def __init__(self):
        self.heap = []
        self.seq = 0
    def __len__(self):
        return len(self.heap)
    def push(self, task):
        self.seq += 1
        self.heap.append((-task.priority, self.seq, task))
        i = len(self.heap) - 1
        while i and self.heap[i][:2] < self.heap[(i - 1) // 2][:2]:
            p = (i - 1) // 2
            self.heap[i], self.heap[p] = self.heap[p], self.heap[i]
            i = p
    def pop(self):
        h = self.heap
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(h) and h[l][:2] < h[m][:2]:
                    m = l
                if r < len(h) and h[r][:2] < h[m][:2]:
                    m = r
                if m == i:
                    break
                h[i], h[m] = h[m], h[i]
                i = m
        return top[2]
    def peek_priority(self):
        return -self.heap[0][0] if self.heap else None
    def rebuild(self):
        tasks = [t for _, _, t in self.heap]
        self.heap = []
        for t in tasks:
            self.push(t)

class Scheduler:
    def __init__(self, quantum=2, aging_every=3):
        self.clock = 0
        self.quantum = quantum
        self.aging_every = aging_every
        self.ready = ReadyQueue()
        self.pending = []
        self.sleeping = []
        self.done = []
        self.trace = []
        self.log = []
    def submit(self, task):
        self.pending.append(task)
        self.pending.sort(key=lambda t: (t.arrival, t.id))
    def admit(self):
        while self.pending and self.pending[0].arrival <= self.clock:
            t = self.pending.pop(0)
            t.state = "ready"
            self.ready.push(t)
            self.log.append(f"t={self.clock:2} admit {t.name} (priority {t.priority})")
        for t in list(self.sleeping):
            if t.wake_at <= self.clock:
                self.sleeping.remove(t)
                t.state = "ready"
                t.priority = t.base_priority + 1
                self.ready.push(t)
                self.log.append(f"t={self.clock:2} wake {t.name} with boosted priority {t.priority}")
    def age(self):
        if self.clock % self.aging_every == 0 and len(self.ready):
            for _, _, t in self.ready.heap:
                t.waited += 1
                if t.waited >= 2 and t.priority < 9:
                    t.priority += 1
                    t.waited = 0
            self.ready.rebuild()
    def run(self, limit=200):
        while (self.pending or self.sleeping or len(self.ready)) and self.clock < limit:
            self.admit()
            if not len(self.ready):
                self.trace.append(".")
                self.clock += 1
                continue
            task = self.ready.pop()
            task.state = "running"
            task.waited = 0
            if task.first_run is None:
                task.first_run = self.clock
            used = 0
            outcome = None
            while used < self.quantum:
                try:
                    request = next(task.body)
                except StopIteration as e:
                    outcome = ("exit", e.value)
                    break
                used += 1
                task.cpu_time += 1
                self.trace.append(task.name[0])
                self.clock += 1
                self.admit()
                if request and request[0] == "io":
                    outcome = ("io", request[1])
                    break
                if self.ready.peek_priority() is not None and self.ready.peek_priority() > task.priority:
                    outcome = ("preempt", None)
                    break
            if outcome is None:
                task.priority = max(task.base_priority, task.priority - 1)
                task.state = "ready"
                self.ready.push(task)
            elif outcome[0] == "exit":
                task.state = "done"
                task.result = outcome[1]
                task.finished_at = self.clock
                self.done.append(task)
                self.log.append(f"t={self.clock:2} finish {task.name} -> {task.result!r}")
            elif outcome[0] == "io":
                task.state = "sleeping"
                task.wake_at = self.clock + outcome[1]
                self.sleeping.append(task)
                self.log.append(f"t={self.clock:2} {task.name} waits {outcome[1]} ticks for I/O")
            else:
                task.state = "ready"
                self.ready.push(task)
                self.log.append(f"t={self.clock:2} preempt {task.name}")
            self.age()
        return self.done

def cpu_bound(n, label):
    total = 0
    for i in range(n):
        total += i * i
        yield None
    return f"{label}:{total}"

def io_bound(rounds, wait):
    got = []
    for r in range(rounds):
        yield None
        yield ("io", wait)
        got.append(r)
    return got

def spinner(n):
    for _ in range(n):
        yield None
    return "spun"

sched = Scheduler(quantum=3, aging_every=4)
sched.submit(Task("Alpha", 2, cpu_bound(7, "alpha")))
sched.submit(Task("Beta", 5, io_bound(3, 4)))
sched.submit(Task("Gamma", 1, spinner(6), arrival=2))
sched.submit(Task("Delta", 8, cpu_bound(3, "delta"), arrival=5))
sched.submit(Task("Epsilon", 3, io_bound(2, 2), arrival=9))
done = sched.run()
for line in sched.log:
    print(line)
print("timeline:", "".join(sched.trace))
print(f"{'task':<8}{'arrive':>7}{'first':>6}{'finish':>7}{'cpu':>5}{'turnaround':>11}{'response':>9}  result")
for t in sorted(done, key=lambda t: t.id):
    print(f"{t.name:<8}{t.arrival:>7}{t.first_run:>6}{t.finished_at:>7}{t.cpu_time:>5}"
          f"{t.finished_at - t.arrival:>11}{t.first_run - t.arrival:>9}  {t.result!r}")
print("finish order:", [t.name for t in done], "clock:", sched.clock)
avg = sum(t.finished_at - t.arrival for t in done) / len(done)
print(f"average turnaround: {avg:.2f}")
q = ReadyQueue()
for name, p in [("a", 1), ("b", 3), ("c", 3), ("d", 2), ("e", 3)]:
    q.push(Task(name, p, iter(())))
print("queue order:", [q.pop().name for _ in range(len(q))])
