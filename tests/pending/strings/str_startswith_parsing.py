# A line-oriented config parser using startswith/partition/strip and error reporting with line numbers
CONFIG = """
# comment line
[server]
host = example.org
port=8080
  debug = yes

[client]
retries = 3
timeout = 2.5
bad line without equals
name = "quoted value"
[empty]
"""
def parse(text):
    data, section, errors = {}, None, []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            data.setdefault(section, {})
            continue
        key, sep, value = line.partition("=")
        if not sep:
            errors.append(f"line {n}: expected key = value, got {line!r}")
            continue
        if section is None:
            errors.append(f"line {n}: key outside section")
            continue
        value = value.strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1]
        elif value.isdigit():
            value = int(value)
        elif value.replace(".", "", 1).isdigit():
            value = float(value)
        elif value.lower() in ("yes", "true", "no", "false"):
            value = value.lower() in ("yes", "true")
        data[section][key.strip()] = value
    return data, errors
data, errors = parse(CONFIG)
for section, values in data.items():
    print(section, values)
print(errors)
