# An uncaught KeyError at module level: message repr and exit status 1
import sys
inventory = {"apples": 3}
print("apples:", inventory["apples"])
sys.stdout.flush()
print("pears:", inventory["pears"])
