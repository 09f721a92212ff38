# text processing: generates pseudo-English text from syllables, then counts
# words and letters in dicts, rewrites it with str methods, formats a report
# with f-strings and %, and parses the report back with split and join.
# Argument: number of sentences (default 55000; "small" = 1500).
import sys

ONSETS = ["b", "br", "c", "ch", "d", "f", "g", "gr", "h", "k", "l", "m", "n",
          "p", "pl", "qu", "r", "s", "sh", "st", "t", "th", "tr", "v", "w", "z"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "y"]
CODAS = ["", "", "", "n", "r", "s", "t", "ck", "ng", "st", "ll"]
PUNCT = [".", ".", ".", "!", "?"]


class Rng:
    """xorshift64*: small, fast, and the same everywhere."""

    def __init__(self, seed):
        self.s = seed or 1

    def below(self, n):
        s = self.s
        s ^= s >> 12
        s ^= (s << 25) & 0xFFFFFFFFFFFFFFFF
        s ^= s >> 27
        self.s = s
        return (((s * 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF) >> 33) % n


def make_lexicon(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        w = "".join(ONSETS[rng.below(len(ONSETS))] + VOWELS[rng.below(len(VOWELS))]
                    for _ in range(1 + rng.below(3)))
        w += CODAS[rng.below(len(CODAS))]
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def make_text(rng, lexicon, sentences):
    out = []
    for _ in range(sentences):
        n = 4 + rng.below(10)
        # a Zipf-like choice: small indices are far more common
        words = [lexicon[rng.below(1 + rng.below(len(lexicon)))] for _ in range(n)]
        if n > 6 and rng.below(3) == 0:
            words[n // 2] += ","
        sentence = " ".join(words)
        out.append(sentence[0].upper() + sentence[1:] + PUNCT[rng.below(len(PUNCT))])
    # paragraphs of 5 sentences
    return "\n\n".join(" ".join(out[i:i + 5]) for i in range(0, len(out), 5))


def word_counts(text):
    counts = {}
    for token in text.split():
        word = token.strip(".,!?").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def letter_counts(text):
    counts = dict.fromkeys("abcdefghijklmnopqrstuvwxyz", 0)
    for ch in text.lower():
        if ch in counts:
            counts[ch] += 1
    return counts


def digest(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 2305843009213693951
    return h


def title_case(paragraph):
    return " ".join(w.capitalize() if len(w) > 3 else w for w in paragraph.split(" "))


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    sentences = 1500 if arg == "small" else int(arg) if arg else 55000
    rng = Rng(0x9E3779B97F4A7C15)
    lexicon = make_lexicon(rng, 2000)
    text = make_text(rng, lexicon, sentences)
    paragraphs = text.split("\n\n")
    print(f"{len(paragraphs)} paragraphs, {len(text)} characters, "
          f"{text.count(' ') + len(paragraphs)} words (about)")

    counts = word_counts(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(f"{len(counts)} distinct words; top 12:")
    for rank, (word, n) in enumerate(ranked[:12], 1):
        print(f"  {rank:2d}. {word:<14}{n:>7d} {'#' * (n * 40 // ranked[0][1])}")
    singles = sorted(w for w, n in counts.items() if n == 1)
    print("  used once: %d, e.g. %s" % (len(singles), ", ".join(singles[:5])))

    letters = letter_counts(text)
    total = sum(letters.values())
    common = sorted(letters, key=lambda c: (-letters[c], c))[:8]
    print("letters: " + " ".join(f"{c}={letters[c] * 100 / total:.2f}%" for c in common))

    # rewriting passes
    shouted = [p.upper().replace("TH", "Þ") for p in paragraphs[::7]]
    titled = [title_case(p) for p in paragraphs[1::7]]
    questions = sum(p.count("?") for p in paragraphs)
    starts = sum(1 for w in text.split() if w.startswith(("th", "Th")))
    longest = max(text.split(), key=lambda w: (len(w), w))
    print(f"questions {questions}, words starting with th {starts}, longest {longest!r}")
    print(f"digests: shouted {digest(''.join(shouted))} titled {digest(''.join(titled))}")

    # a CSV report, then parsed back
    lines = ["word,count,share,first"]
    for word, n in ranked[:500]:
        lines.append("%s,%d,%.5f,%d" % (word, n, n / len(counts), text.find(word)))
    report = "\n".join(lines)
    parsed = {}
    for line in report.splitlines()[1:]:
        word, n, share, first = line.split(",")
        parsed[word] = (int(n), float(share), int(first))
    agree = all(parsed[w][0] == counts[w] for w in parsed)
    print(f"report {len(report)} chars, {len(parsed)} rows, agrees {agree}, "
          f"digest {digest(report)}")
    centred = "|".join(w.center(9, "*") for w, _ in ranked[:5])
    print(centred)
    print(f"text digest {digest(text)}")


main()
