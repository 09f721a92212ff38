# match statements combined with walrus, loops and early exits inside a command interpreter loop
commands = ["push 3", "push 4", "add", "push 10", "mul", "dup", "pop", "peek", "div", "push 0", "div", "quit", "push 99"]
stack = []
for raw in commands:
    match raw.split():
        case ["push", num] if (n := int(num)) is not None:
            stack.append(n)
        case ["add" | "mul" as op] if len(stack) >= 2:
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a * b)
        case ["div"] if len(stack) >= 2 and (d := stack[-1]) != 0:
            stack.pop()
            stack.append(stack.pop() // d)
        case ["div"]:
            print("cannot divide, stack:", stack)
        case ["dup"]:
            stack.append(stack[-1])
        case ["pop"]:
            print("popped", stack.pop())
        case ["peek"]:
            print("top is", stack[-1])
        case ["quit"]:
            print("quitting")
            break
        case _:
            print("bad command", raw)
    print(f"{raw:8} -> {stack}")
