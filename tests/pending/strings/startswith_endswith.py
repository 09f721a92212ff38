# startswith/endswith with tuples and start/end bounds, removeprefix/removesuffix
name = "report_2024.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith((".txt", ".csv")))
print(name.startswith("2024", 7), name.startswith("2024", 7, 10), name.endswith("report", 0, 6))
print("".startswith(""), "abc".startswith(""), "abc".endswith("", 5), "abc".startswith("abcd"))
try:
    name.startswith(["report"])
except TypeError as e:
    print(type(e).__name__, e)
print(name.removeprefix("report_"), name.removesuffix(".csv"), name.removeprefix("zzz"), "aaa".removeprefix("a"))
print("".removesuffix("x"), "x".removesuffix("x"), "abcabc".removesuffix("abc"))
