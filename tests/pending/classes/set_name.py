# __set_name__ is called at class creation with owner and attribute name
class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        owner.fields = getattr(owner, "fields", ()) + (name,)
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v
class Record:
    id = Field(0)
    title = Field("untitled")
    tags = Field(())
print(Record.fields)
r = Record()
r.title = "Report"
print(r.id, r.title, r.tags)
f = Field()
class Later: pass
Later.attr = f
print(hasattr(f, "name"))
class Both:
    a = b = Field()
print(Both.a.name)
