s = "abc\"
