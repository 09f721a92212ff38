# sys.stdout.write / sys.stderr.write return values, interleaving with print, and flush
import sys
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("no newline ")
sys.stdout.write("then newline\n")
print(sys.stdout.write(""), end="|\n")
sys.stdout.flush()
sys.stderr.write("error stream line\n")
print("stdout again", file=sys.stdout)
print(sys.stdout.writable(), hasattr(sys.stdout, "encoding"), sys.stdout is sys.__stdout__)
sys.stdout.writelines(["a\n", "b\n"])
