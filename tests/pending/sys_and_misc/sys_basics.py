# sys attributes: argv[0] basename, maxsize, byteorder, version_info comparison, recursion limit
import sys
print(sys.argv[0].replace("\\", "/").split("/")[-1], len(sys.argv))
print(sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1, sys.maxsize > 2 ** 30, type(sys.maxsize).__name__)
print(sys.byteorder in ("little", "big"))
print(sys.version_info >= (3, 13), sys.version_info[0], sys.version_info.major, sys.version_info > (3,), type(sys.version_info).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(isinstance(sys.path, list), isinstance(sys.modules, dict), "sys" in sys.modules, "builtins" in sys.modules)
print(sys.maxunicode, sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.inf, sys.hash_info.modulus == 2 ** 61 - 1)
print(type(sys.flags).__name__, sys.implementation.name == sys.implementation.name, isinstance(sys.version, str))
