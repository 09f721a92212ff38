# Chaining str methods to normalise messy input records
raw = ["  Alice SMITH ,  alice@Example.COM , 030-1234  ", "bob jones,BOB@example.com,  ", ",,", " Ève  Dupont,eve@exemple.fr,+33 1 23"]
for line in raw:
    parts = [p.strip() for p in line.split(",")]
    name, email, phone = (parts + ["", "", ""])[:3]
    name = " ".join(w.capitalize() for w in name.split())
    email = email.lower()
    digits = "".join(ch for ch in phone if ch.isdigit())
    status = "ok" if name and "@" in email else "incomplete"
    print(f"{name or '<none>':<14}|{email or '<none>':<20}|{digits or '-':>10}|{status}")
print("  x  ".strip().upper().center(7, "*").replace("*", "-", 2).lower())
