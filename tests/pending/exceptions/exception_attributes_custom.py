# Custom exceptions with extra attributes, __reduce__-free copying of args, and __repr__/__str__ defaults
class HTTPError(Exception):
    def __init__(self, status, reason, url=None):
        super().__init__(status, reason)
        self.status, self.reason, self.url = status, reason, url
    def __str__(self):
        return f"{self.status} {self.reason}" + (f" for {self.url}" if self.url else "")
class NotFound(HTTPError):
    def __init__(self, url):
        super().__init__(404, "Not Found", url)
errors = [HTTPError(500, "Server Error"), NotFound("/missing"), HTTPError(418, "I'm a teapot", "/tea")]
for e in errors:
    print(str(e), "|", repr(e), "|", e.args, type(e).__mro__[1].__name__)
try:
    raise NotFound("/x")
except HTTPError as e:
    print(e.status, e.url, isinstance(e, NotFound))
e = NotFound("/y")
e.args = ("changed",)
print(repr(e), str(e))
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), repr(Empty("a", 1)), str(Empty("only")))
