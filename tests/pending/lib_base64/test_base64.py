# base64: b64/urlsafe/b32/b32hex/b16/b85/a85/z85 encode+decode, validation errors, legacy encodebytes
import base64, io
binascii = base64.binascii
data = b'Man is distinguished, not only by his reason \xff\xfe\x00'
for enc in ['b64encode', 'standard_b64encode', 'urlsafe_b64encode', 'b32encode', 'b32hexencode', 'b16encode', 'b85encode', 'a85encode']:
    e = getattr(base64, enc)(data)
    print(enc, e)
for n in range(7):
    print(n, base64.b64encode(data[:n]), base64.b32encode(data[:n]), base64.b85encode(data[:n]), base64.b85encode(data[:n], pad=True))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'), base64.b64decode('TWFu'), base64.b64decode(bytearray(b'TWE=')))
print(base64.b64decode(b'TW\nFu !!'), base64.urlsafe_b64decode('-_8='), base64.b32decode('MFRGG==='), base64.b32decode('mfrgg===', casefold=True))
print(base64.b32decode('0O1I' + 'AAAA', map01='I'), base64.b32hexdecode('C5H66==='), base64.b16decode('4D616E'), base64.b16decode('4d616e', casefold=True))
print(base64.b85decode(base64.b85encode(data)) == data, base64.a85decode(base64.a85encode(data)) == data, base64.a85encode(data, adobe=True, wrapcol=20))
print(base64.z85encode(b'\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b'), base64.z85decode(b'HelloWorld'))
for bad in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('a'), lambda: base64.b64decode('ab!c', validate=True),
            lambda: base64.b64decode('=abc', validate=True), lambda: base64.b64decode('ab==cd', validate=True),
            lambda: base64.b64decode('abcd=', validate=True), lambda: base64.b32decode('MFRGG'), lambda: base64.b32decode('MFRGG1=='),
            lambda: base64.b16decode('4d'), lambda: base64.b16decode('4'), lambda: base64.b64encode('str'), lambda: base64.b64decode('é'),
            lambda: base64.b64decode(3), lambda: base64.b85decode(b'|NsC0~')]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
eb = base64.encodebytes(data * 3)
print(eb, base64.decodebytes(eb) == data * 3)
out = io.BytesIO()
base64.encode(io.BytesIO(data * 2), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == data * 2)
