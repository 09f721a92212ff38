a)
b]
(c]
}
