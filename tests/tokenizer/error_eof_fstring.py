x = f"""{a

