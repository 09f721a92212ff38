é = 1
ａ = "\N{EM DASH}\N{latin small letter a}\N{LATIN CAPITAL LETTER GHA}"
x = 2.0**-705
y = 5.940911144672375e-213
