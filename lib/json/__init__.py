"""JSON (RFC 8259) encoding and decoding for ftpy.

dumps()/dump() turn Python objects into JSON text; loads()/load() turn
JSON text back into Python objects."""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()



def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                 indent, separators, default, sort_keys, kw):
    if (cls is None and not skipkeys and ensure_ascii and check_circular
            and allow_nan and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _plain_encoder
    return (cls or JSONEncoder)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialise obj to a JSON formatted str."""
    enc = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                       indent, separators, default, sort_keys, kw)
    return enc.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialise obj as a JSON formatted stream to the file-like fp."""
    enc = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                       indent, separators, default, sort_keys, kw)
    write = fp.write
    for chunk in enc.iterencode(obj):
        write(chunk)


def detect_encoding(b):
    """Guess the Unicode encoding of the JSON bytes b."""
    head = bytes(b[:4])
    for bom, name in ((b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'),
                      (b'\xfe\xff', 'utf-16'), (b'\xff\xfe', 'utf-16'),
                      (b'\xef\xbb\xbf', 'utf-8-sig')):
        if head.startswith(bom):
            return name
    # JSON text starts with an ASCII character: the zero bytes around it
    # give the width and byte order away.
    if len(head) >= 4:
        if head[0] == 0:
            return 'utf-16-be' if head[1] else 'utf-32-be'
        if head[1] == 0:
            return 'utf-16-le' if (head[2] or head[3]) else 'utf-32-le'
    elif len(head) == 2:
        if head[0] == 0:
            return 'utf-16-be'
        if head[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialise s (str, bytes or bytearray holding JSON) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    options = dict(object_hook=object_hook, parse_float=parse_float,
                   parse_int=parse_int, parse_constant=parse_constant,
                   object_pairs_hook=object_pairs_hook)
    if cls is None and not kw and not any(v is not None for v in options.values()):
        return _plain_decoder.decode(s)
    for k, v in options.items():
        if v is not None:
            kw[k] = v
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialise the JSON document read from the file-like fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
