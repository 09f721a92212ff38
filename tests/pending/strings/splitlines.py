# splitlines with all line boundary characters and keepends
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(keepends=True), "a\r\n\r\nb".splitlines(True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines(), "x\n\ny".split("\n"))
