# error
nonlocal x
