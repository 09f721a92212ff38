# error
class C[**P = (yield)]: pass
