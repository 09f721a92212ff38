try:
    x
except E, F as e:
    pass
