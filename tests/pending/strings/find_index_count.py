# find/rfind/index/rindex/count with start and end arguments
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("abra"), s.rfind("z"), s.rfind(""))
print(s.index("c"), s.rindex("bra"), s.find("bra", -4), s.find("a", -100, -5))
print(s.count("a"), s.count("abra"), s.count(""), s.count("a", 5), s.count("aa"), "aaaa".count("aa"))
for meth in (s.index, s.rindex):
    try:
        meth("xyz")
    except ValueError as e:
        print(type(e).__name__, e)
print("ünïcödé".find("ö"), "日本語テキスト".index("テ"), "🙂x🙂".rfind("🙂"))
