# -*- coding: latin-1 -*-
x = "café ÿ"
# à comment
