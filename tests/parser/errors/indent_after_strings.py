x = "\N{EM SPACE}" f"{x!r:{y}}" 
  y
