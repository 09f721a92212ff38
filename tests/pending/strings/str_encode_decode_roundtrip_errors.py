# Encoding/decoding round trips with error handlers recovering the original text where possible
text = "naïve café – 東京 🙂"
for enc in ("ascii", "latin-1", "utf-8", "utf-16"):
    for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
        try:
            b = text.encode(enc, errors)
        except UnicodeEncodeError as e:
            print(f"{enc:8} {errors:18} UnicodeEncodeError at {e.start}-{e.end}")
            continue
        back = b.decode(enc, "replace")
        print(f"{enc:8} {errors:18} {len(b):3} bytes roundtrip={back == text} {ascii(back)[:40]}")
