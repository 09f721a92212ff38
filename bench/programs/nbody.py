# n-body: a star and four planets on initially circular orbits, advanced with
# a symplectic Euler step; prints the total energy before and after.
# Argument: number of steps (default 400000; "small" = 2000).
import sys
import math

G = 39.47841760435743   # 4 pi^2: AU^3 / (solar mass * year^2)


class Body:
    __slots__ = ("name", "x", "y", "z", "vx", "vy", "vz", "mass")

    def __init__(self, name, pos, vel, mass):
        self.name = name
        self.x, self.y, self.z = pos
        self.vx, self.vy, self.vz = vel
        self.mass = mass

    @property
    def kinetic(self):
        return 0.5 * self.mass * (self.vx * self.vx + self.vy * self.vy
                                  + self.vz * self.vz)

    def momentum(self):
        return (self.mass * self.vx, self.mass * self.vy, self.mass * self.vz)


def make_system():
    star = Body("star", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0)
    bodies = [star]
    # (name, orbit radius in AU, mass in solar masses, inclination slope)
    for name, r, m, tilt in (("alpha", 5.2, 9.5e-4, 0.02),
                             ("beta", 9.6, 2.9e-4, -0.03),
                             ("gamma", 19.2, 4.4e-5, 0.01),
                             ("delta", 30.1, 5.2e-5, 0.05)):
        speed = math.sqrt(G * star.mass / r)
        # place each planet at a different phase using rational points on the
        # unit circle so that no trigonometry is needed
        k = len(bodies)
        cx = (1.0 - k * k) / (1.0 + k * k)
        cy = 2.0 * k / (1.0 + k * k)
        bodies.append(Body(name, (r * cx, r * cy, r * tilt),
                           (-speed * cy, speed * cx, 0.1 * speed * tilt), m))
    # move to the centre-of-momentum frame
    px = py = pz = 0.0
    for b in bodies:
        mx, my, mz = b.momentum()
        px += mx
        py += my
        pz += mz
    star.vx -= px / star.mass
    star.vy -= py / star.mass
    star.vz -= pz / star.mass
    return bodies


def energy(bodies):
    e = sum(b.kinetic for b in bodies)
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        for j in range(i + 1, n):
            b = bodies[j]
            dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
            e -= G * a.mass * b.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = G * dt / (d2 * math.sqrt(d2))
            bm = b.mass * mag
            am = a.mass * mag
            a.vx -= dx * bm
            a.vy -= dy * bm
            a.vz -= dz * bm
            b.vx += dx * am
            b.vy += dy * am
            b.vz += dz * am
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    steps = 2000 if arg == "small" else int(arg) if arg else 400000
    bodies = make_system()
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies))
             for j in range(i + 1, len(bodies))]
    print(f"bodies {len(bodies)} steps {steps}")
    print(f"energy before {energy(bodies):.9f}")
    advance(bodies, pairs, 0.001, steps)
    print(f"energy after  {energy(bodies):.9f}")
    for b in bodies:
        print(f"{b.name:>6} {b.x:12.6f} {b.y:12.6f} {b.z:12.6f}")


main()
