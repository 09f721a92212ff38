# Decoding bytes with utf-8, latin-1, ascii and the strict/ignore/replace/backslashreplace handlers
data = b"caf\xc3\xa9 \xff\xfe na\xefve"
for enc in ("utf-8", "latin-1", "ascii"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
        try:
            r = data.decode(enc, errors)
            print(enc, errors, repr(r))
        except UnicodeDecodeError as e:
            print(enc, errors, type(e).__name__, e.start, e.end, e.reason)
print(b"\xe2\x82".decode("utf-8", "replace"), b"\xed\xa0\x80".decode("utf-8", "replace"))
print("\udcff".encode("utf-8", "surrogateescape"), b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print(bytes(range(256)).decode("latin-1") == "".join(map(chr, range(256))))
print(b"\xc0\xaf".decode("utf-8", "replace"), len(b"\xf0\x9f\x98".decode("utf-8", "replace")))
print(b"\xef\xbb\xbfbom".decode("utf-8"), repr(b"\xef\xbb\xbfbom".decode("utf-8-sig")))
