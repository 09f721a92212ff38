x = f"""
multi {line}
  text {a +
        b}
end {x:>{
  w}}
"""
y = f'''{
    a  # a comment
}'''
z = f"{a
}"
s = f"""{x:
}"""
