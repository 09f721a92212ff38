# Word frequency, capitalisation and line statistics over a fixed text
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A quick, quick fox... and THE END."""
words = []
for raw in text.split():
    w = raw.strip(".,;!").lower()
    if w:
        words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{w:6} {c}")
print(len(words), len(freq), max(words, key=len), sorted(set(words))[:5])
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(i, len(line), line.count(" ") + 1, line[:10] + "...")
print(" ".join(w.capitalize() for w in "hello big world".split()))
sentence_case = ". ".join(s.strip().capitalize() for s in "one. TWO. three".split("."))
print(sentence_case)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
