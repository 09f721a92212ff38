# Uncaught exception from a method called through several layers, including a lambda and a comprehension
class Parser:
    def __init__(self, text):
        self.text = text
    def numbers(self):
        return [self.convert(tok) for tok in self.text.split(",")]
    def convert(self, tok):
        return int(tok.strip())
def run(text):
    handler = lambda p: sum(p.numbers())
    return handler(Parser(text))
print(run("1, 2, 3"))
print(run("4, five, 6"))
