été = 1
π = 3.14
変数 = "文字列"
x = "😀 emoji" + '​ zero width'
y = a€b
z =  
s = "̀ combining   sep"
