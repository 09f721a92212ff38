# ray tracer: spheres over a checkered plane, point lights with shadows,
# specular highlights and reflections; renders a small image and prints a
# checksum of its 8-bit pixels and a coarse ASCII preview.
# Argument: image width (height is 3/4 of it; default 256; "small" = 24).
import sys
import math

EPSILON = 1e-6


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def hadamard(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    @property
    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.length)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


BLACK = Vec(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shine=16,
                 reflect=0.0, checker=None):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shine = shine          # a power of two: highlights by squaring
        self.reflect = reflect
        self.checker = checker

    def color_at(self, point):
        if self.checker is None:
            return self.color
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.checker


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).unit()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.unit()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1
        self.max_depth = 3

    def nearest(self, ray):
        best_t, best = math.inf, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best_t, best = t, obj
        return best_t, best

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth=0):
        t, obj = self.nearest(ray)
        if obj is None:
            # sky: a vertical gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 0.9) * k + Vec(1.0, 1.0, 1.0) * (0.2 * (1.0 - k))
        point = ray.at(t)
        normal = obj.normal_at(point)
        mat = obj.material
        base = mat.color_at(point)
        color = base * self.ambient
        for light_pos, light_color in self.lights:
            to_light = light_pos - point
            distance = to_light.length
            to_light = to_light * (1.0 / distance)
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(point, to_light, distance):
                continue
            color = color + base.hadamard(light_color) * (mat.diffuse * lambert)
            spec = to_light.reflect(normal).dot(ray.direction)
            if spec > 0.0:
                power = mat.shine
                while power > 1:
                    spec *= spec
                    power //= 2
                color = color + light_color * (mat.specular * spec)
        if mat.reflect > 0.0 and depth < self.max_depth:
            bounce = Ray(point, ray.direction.reflect(normal))
            color = color + self.trace(bounce, depth + 1) * mat.reflect
        return color


def build_scene():
    s = Scene()
    s.objects.append(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                           Material(Vec(0.9, 0.9, 0.9), reflect=0.2,
                                    checker=Vec(0.2, 0.2, 0.25))))
    s.objects.append(Sphere(Vec(0.0, 1.0, 5.0), 1.0,
                            Material(Vec(0.9, 0.2, 0.2), reflect=0.35, shine=32)))
    s.objects.append(Sphere(Vec(-2.2, 0.7, 6.0), 0.7,
                            Material(Vec(0.2, 0.8, 0.3), shine=8)))
    s.objects.append(Sphere(Vec(2.0, 1.5, 7.0), 1.5,
                            Material(Vec(0.3, 0.4, 0.95), reflect=0.5, shine=64)))
    s.objects.append(Sphere(Vec(0.8, 0.3, 3.4), 0.3,
                            Material(Vec(0.95, 0.85, 0.2), specular=0.6)))
    s.lights.append((Vec(-4.0, 6.0, 1.0), Vec(0.8, 0.8, 0.8)))
    s.lights.append((Vec(5.0, 4.0, 2.0), Vec(0.4, 0.35, 0.3)))
    return s


def render(scene, width, height):
    eye = Vec(0.0, 1.6, -1.0)
    target = Vec(0.0, 1.0, 5.0)
    forward = (target - eye).unit()
    right = Vec(0.0, 1.0, 0.0).cross(forward).unit()
    up = forward.cross(right)
    half_w = 0.6
    half_h = half_w * height / width
    pixels = []
    for j in range(height):
        row = []
        v = half_h - (j + 0.5) / height * 2.0 * half_h
        for i in range(width):
            u = (i + 0.5) / width * 2.0 * half_w - half_w
            c = scene.trace(Ray(eye, forward + right * u + up * v))
            row.append(tuple(min(255, max(0, int(ch * 255.0 + 0.5)))
                             for ch in (c.x, c.y, c.z)))
        pixels.append(row)
    return pixels


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    width = 24 if arg == "small" else int(arg) if arg else 256
    height = width * 3 // 4
    pixels = render(build_scene(), width, height)
    checksum = 0
    for row in pixels:
        for r, g, b in row:
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) % 4294967291
    print(f"image {width}x{height} checksum {checksum}")
    ramp = " .:-=+*#%@"
    sx = max(1, width // 48)
    sy = max(1, height // 18)
    for j in range(0, height, sy):
        print("".join(ramp[min(9, sum(pixels[j][i]) * 10 // 766)]
                      for i in range(0, width, sx)))


main()
