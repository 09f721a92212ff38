if a:
	if b:
		x = 1
	y = 2
if c:
        z = 3
	w = 4
