# Uncaught custom exception with a custom __str__ and a module-level raise
class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(line, reason)
        self.line = line
        self.reason = reason
    def __str__(self):
        return f"line {self.line}: {self.reason}"
print("parsing...")
raise ParseError(7, "unexpected token")
