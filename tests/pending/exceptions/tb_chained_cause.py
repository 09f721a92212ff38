# Uncaught exception with an explicit cause: "direct cause" traceback section
class ConfigError(Exception):
    pass
def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError("setting not found: " + key) from exc
cfg = {"mode": "fast"}
print(read_setting(cfg, "mode"))
read_setting(cfg, "level")
