# Non-ASCII identifiers, including NFKC normalisation of names
café = "coffee"
print(café)
π = 3.14159
r = 2
print(round(π * r ** 2, 3))
def grüß(name):
    return "Grüß " + name
print(grüß("Welt"))
class Ωmega:
    λ = 1
print(Ωmega.λ, Ωmega.__name__)
变量 = [1, 2, 3]
print(sum(变量))
ﬁle = "ligature"
print(file)
ｘ = 5
print(x)
print("π" in dir())
