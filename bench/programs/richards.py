# richards: a small operating-system kernel simulation -- a priority scheduler
# running an idle task, a worker, two handlers and two devices that trade
# packets; prints how many packets were queued and how often tasks held.
# Argument: number of simulations (default 30; "small" = 3).
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
NTASKS = 6
KIND_DEVICE = 0
KIND_WORK = 1
DATA_SIZE = 4


class Packet:
    __slots__ = ("link", "owner", "kind", "count", "data")

    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Appends self at the end of the list starting at queue; returns the
        new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    """A task is runnable when it is not held and either has a packet waiting
    or is not waiting for one."""

    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = False
        self.next = None

    @property
    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        p = self.queue
        if p is not None and self.waiting:
            self.queue = p.link
            self.waiting = False
            return p
        return None

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, queue, count):
        Task.__init__(self, kernel, ident, priority, queue)
        self.seed = 1
        self.count = count

    def run(self, packet):
        k = self.kernel
        self.count -= 1
        if self.count == 0:
            return k.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return k.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return k.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        k = self.kernel
        if packet is None:
            return k.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.owner = self.destination
        packet.count = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return k.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        k = self.kernel
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.count >= DATA_SIZE:
                self.work = work.link
                return k.queue_packet(work)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.count = work.data[work.count]
                work.count += 1
                return k.queue_packet(dev)
        return k.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        k = self.kernel
        if packet is None:
            p = self.pending
            if p is None:
                return k.wait()
            self.pending = None
            return k.queue_packet(p)
        self.pending = packet
        k.trace(packet.count)
        return k.hold_self()


class Kernel:
    def __init__(self):
        self.tasks = [None] * NTASKS
        self.task_list = None       # sorted by decreasing priority
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.traced = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # insert keeping the list sorted by decreasing priority
        if self.task_list is None or self.task_list.priority < task.priority:
            task.next = self.task_list
            self.task_list = task
            return task
        t = self.task_list
        while t.next is not None and t.next.priority >= task.priority:
            t = t.next
        task.next = t.next
        t.next = task
        return task

    def trace(self, value):
        self.traced = (self.traced * 31 + value) % 1000003

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.runnable:
                self.current = t
                t = t.run(t.take_packet())
            else:
                t = t.next

    # Operations a running task ends with; each returns the task to run next.
    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def queue_packet(self, packet):
        t = self.tasks[packet.owner]
        self.queue_count += 1
        packet.link = None
        packet.owner = self.current.ident
        if t.queue is None:
            t.queue = packet
            if t.priority > self.current.priority:
                return t
        else:
            packet.append_to(t.queue)
        return self.current


def simulate(count):
    k = Kernel()
    k.add(IdleTask(k, IDLE, 0, None, count))
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    k.add(WorkerTask(k, WORKER, 1000, work))
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        k.add(HandlerTask(k, handler, 2000 + handler, q))
    for device in (DEVICE_A, DEVICE_B):
        d = k.add(DeviceTask(k, device, 4000 + device, None))
        d.waiting = True
    # tasks that start with a packet wait for it; the worker and handlers
    for ident in (WORKER, HANDLER_A, HANDLER_B):
        k.tasks[ident].waiting = True
    k.schedule()
    return k.queue_count, k.hold_count, k.traced


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    runs = 3 if arg == "small" else int(arg) if arg else 30
    total = 0
    for i in range(runs):
        q, h, t = simulate(10000 + 37 * (i % 5))
        total = (total * 7 + q + h + t) % (1 << 61)
        if i < 5:
            print(f"run {i}: queued {q} held {h} trace {t}")
    print(f"runs {runs} checksum {total}")


main()
