# 3.13 accepts __classdict__ as a type parameter (3.14 does not).
class C[__classdict__]: pass
