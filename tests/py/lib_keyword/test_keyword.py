# keyword: kwlist, softkwlist, iskeyword, issoftkeyword
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
for w in ['if', 'match', 'print', 'None', 'type', '_', 'async']:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
