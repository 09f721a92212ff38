f"{

def x(): pass
