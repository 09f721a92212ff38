# String ordering is by code point; case-insensitive sorting with key functions
words = ["banana", "Apple", "cherry", "apple", "Banana", "äpfel", "Zoo", "zoo", "10", "9", "_x"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
def natural_key(s):
    parts, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                parts.append((0, int(num), ""))
                num = ""
            parts.append((1, 0, ch))
    if num:
        parts.append((0, int(num), ""))
    return parts
files = ["file10.txt", "file2.txt", "file1.txt", "file20.txt", "file3b.txt"]
print(sorted(files), sorted(files, key=natural_key))
print("abc" < "abd" < "abe", "a" * 3 > "aa", "Z" < "a" < "é")
