# Lists as stacks and queues; list-based deque-free queue with index pointer; bracket matching
stack = []
for ch in "abc":
    stack.append(ch)
print(stack.pop(), stack.pop(), stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ("([]{})", "([)]", "((", "", "{[()()]}", "}"):
    print(repr(s), balanced(s))
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
class Queue:
    def __init__(self): self.items, self.head = [], 0
    def put(self, x): self.items.append(x)
    def get(self):
        if self.head >= len(self.items):
            raise IndexError("empty queue")
        x = self.items[self.head]
        self.head += 1
        return x
    def __len__(self): return len(self.items) - self.head
q = Queue()
for i in range(5):
    q.put(i * i)
print([q.get() for _ in range(3)], len(q))
