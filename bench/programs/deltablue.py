# deltablue-style constraint solver: an incremental local-propagation solver
# over variables and equality/scale constraints with strength levels,
# exercised on a long chain and on a projection (scale + offset) network.
# Argument: problem size (default 12000; "small" = 200).
import sys

# Strength levels: a smaller number is a stronger constraint.
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, \
    WEAKEST = range(7)
STRENGTH_NAMES = ("required", "strong-preferred", "preferred",
                  "strong-default", "normal", "weak-default", "weakest")


def stronger(a, b):
    return a < b


def weakest_of(a, b):
    return a if a > b else b


class SolverError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0

    def __repr__(self):
        return f"{self.name}={self.value}"

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def activate(self):
        self.add_to_graph()
        self.planner.incremental_add(self)
        return self

    def satisfy(self, mark):
        """Tries to enforce self; returns the constraint it overrode."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise SolverError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        Constraint.__init__(self, planner, strength)
        self.var = var
        self.satisfied = False
        self.activate()

    def add_to_graph(self):
        self.var.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.remove_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = (self.var.mark != mark
                          and stronger(self.strength, self.var.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def inputs_known(self, mark):
        return True

    def mark_unsatisfied(self):
        self.satisfied = False

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable's value unless something stronger changes it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable as set from outside the network."""

    def is_input(self):
        return True


NONE, FORWARD, BACKWARD = range(3)


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength, activate=True):
        Constraint.__init__(self, planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        if activate:
            self.activate()

    def add_to_graph(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE

    def choose_method(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and stronger(self.strength, v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and stronger(self.strength, v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif stronger(v2.walk_strength, v1.walk_strength):
            # overwrite the weaker end; on a tie, write forward
            ok = stronger(self.strength, v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        else:
            ok = stronger(self.strength, v2.walk_strength)
            self.direction = FORWARD if ok else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def mark_unsatisfied(self):
        self.direction = NONE

    def recalculate(self):
        i, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, i.walk_strength)
        out.stay = i.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """v2 = v1 * scale + offset, solvable in either direction."""

    def __init__(self, planner, src, scale, offset, dst, strength):
        BinaryConstraint.__init__(self, planner, src, dst, strength, False)
        self.scale = scale
        self.offset = offset
        self.activate()

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            q, r = divmod(self.v2.value - self.offset.value, self.scale.value)
            if r:
                raise SolverError(f"inexact backward scale of {self.v2}")
            self.v1.value = q

    def recalculate(self):
        i, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, i.walk_strength)
        out.stay = i.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan(list):
    def execute(self):
        for c in self:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        """Recomputes the walkabout strengths downstream of c; fails when
        the propagation comes back to c's output (a cycle)."""
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming(self, v, into):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                into.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        head = 0
        while head < len(todo):
            c = todo[head]
            head += 1
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_constraints_consuming(out, todo)
        return plan

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints
                               if c.is_input() and c.is_satisfied()])


def chain_test(n):
    """v0 == v1 == ... == vn; editing v0 must move vn."""
    planner = Planner()
    vars_ = [Variable(f"v{i}") for i in range(n + 1)]
    for a, b in zip(vars_, vars_[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    StayConstraint(planner, vars_[-1], STRONG_DEFAULT)
    edit = EditConstraint(planner, vars_[0], PREFERRED)
    plan = planner.plan_for([edit])
    total = 0
    for i in range(100):
        vars_[0].value = i
        plan.execute()
        if vars_[-1].value != i:
            raise SolverError(f"chain failed at {i}: {vars_[-1]}")
        total += vars_[-1].value
    edit.destroy()
    return total + len(plan)


def change(planner, var, value):
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.plan_for([edit])
    for _ in range(10):
        var.value = value
        plan.execute()
    edit.destroy()
    return len(plan)


def projection_test(n):
    """dst[i] = src[i] * scale + offset for every i, edited from each end."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs, dsts = [], []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        srcs.append(src)
        dsts.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    steps = 0
    steps += change(planner, srcs[0], 17)
    if dsts[0].value != 1170:
        raise SolverError("projection 1 failed")
    steps += change(planner, dsts[0], 1050)
    if srcs[0].value != 5:
        raise SolverError("projection 2 failed")
    steps += change(planner, scale, 5)
    for i in range(n - 1):
        if dsts[i + 1].value != (i + 1) * 5 + 1000:
            raise SolverError("projection 3 failed")
    steps += change(planner, offset, 2000)
    for i in range(n - 1):
        if dsts[i + 1].value != (i + 1) * 5 + 2000:
            raise SolverError("projection 4 failed")
    return steps + sum(d.value for d in dsts)


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    n = 200 if arg == "small" else int(arg) if arg else 12000
    checksum = 0
    for rnd in range(4):
        c = chain_test(n + rnd)
        p = projection_test(n + rnd)
        print(f"round {rnd}: chain {c} projection {p}")
        checksum = (checksum * 1000003 + c * 31 + p) % (1 << 61)
    print(f"strengths {', '.join(STRENGTH_NAMES)}")
    try:
        planner = Planner()
        a, b = Variable("a"), Variable("b")
        EqualityConstraint(planner, a, b, REQUIRED)
        StayConstraint(planner, a, REQUIRED)
        StayConstraint(planner, b, REQUIRED)
        print("conflict not detected")
    except SolverError as e:
        print(f"conflict detected: {e}")
    print(f"checksum {checksum}")


main()
