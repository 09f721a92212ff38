# Non-ASCII text: lengths, ord/chr, iteration over code points, combining characters, emoji sequences
texts = ["Ελληνικά", "中文字符", "日本語", "한국어", "emoji 🎉🚀", "e\u0301", "👨‍👩‍👧", "🇫🇷", "Ω≈ç√∫"]
for t in texts:
    print(t, len(t), [hex(ord(c)) for c in t][:6], len(t.encode("utf-8")), len(t.encode("utf-16-le")) // 2)
print(chr(0x1F600), chr(960), ord("€"), ord("\U0010FFFF"), chr(0x10FFFF) == "\U0010FFFF")
print(sorted("βαγ"), sorted(["éclair", "eclair", "zebra", "Zebra"]), max("日本"))
print("ß" < "ü", "a" < "á", "Z" < "a", "\u00e9" == "e\u0301")
print(ascii("Ελλάδα 🙂"), repr("Ελλάδα \u200b"))
print("🎉" in "party 🎉!", "文" in "中文字符", "中文".encode("utf-8").decode("utf-8") == "中文")
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__)
