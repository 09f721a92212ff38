# coding=latin1
s = "µ"
