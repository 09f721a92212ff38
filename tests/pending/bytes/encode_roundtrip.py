# Round trips between str and bytes for several encodings; lengths per encoding
samples = ["ascii only", "Grüße", "Ελλάδα", "日本語", "emoji 🙂", ""]
for s in samples:
    row = [s]
    for enc in ("utf-8", "utf-16-le", "utf-32-le", "latin-1"):
        try:
            b = s.encode(enc)
            assert b.decode(enc) == s
            row.append(f"{enc}:{len(b)}")
        except UnicodeEncodeError:
            row.append(f"{enc}:X")
    print(" ".join(row))
print("Grüße".encode("latin-1").decode("utf-8", "replace"))
print("Grüße".encode("utf-8").decode("latin-1"))
