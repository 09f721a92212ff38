# Functions stored in dicts and lists as a dispatch table for a tiny stack VM
def op_push(stack, arg): stack.append(arg)
def op_add(stack, arg): stack.append(stack.pop() + stack.pop())
def op_mul(stack, arg): stack.append(stack.pop() * stack.pop())
def op_dup(stack, arg): stack.append(stack[-1])
def op_swap(stack, arg): stack[-1], stack[-2] = stack[-2], stack[-1]
def op_sub(stack, arg):
    b, a = stack.pop(), stack.pop()
    stack.append(a - b)
OPS = {'push': op_push, 'add': op_add, 'mul': op_mul, 'dup': op_dup, 'swap': op_swap, 'sub': op_sub}
program = [('push', 3), ('push', 4), ('add', None), ('dup', None), ('mul', None),
           ('push', 10), ('swap', None), ('sub', None)]
stack = []
for name, arg in program:
    OPS[name](stack, arg)
    print(f"{name:5} {arg!s:5} -> {stack}")
try:
    OPS['div'](stack, None)
except KeyError as e:
    print("unknown op", e)
print(sorted(OPS), OPS['add'].__name__)
