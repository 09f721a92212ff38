# Program: text-adventure state machine driven by a scripted list of commands
class Room:
    def __init__(self, key, title, description):
        self.key = key
        self.title = title
        self.description = description
        self.exits = {}
        self.items = []
        self.locked = {}
    def connect(self, direction, other, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
    def describe(self):
        lines = [f"== {self.title} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)) + ".")
        exits = []
        for d in sorted(self.exits):
            exits.append(d + (" (locked)" if d in self.locked else ""))
        lines.append("Exits: " + (", ".join(exits) if exits else "none"))
        return "\n".join(lines)

class GameOver(Exception):
    pass

class Game:
    OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east", "up": "down", "down": "up"}
    ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
               "get": "take", "grab": "take", "inv": "inventory", "i": "inventory", "l": "look"}
    def __init__(self):
        self.rooms = {}
        self.state = "playing"
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.visited = set()
        self.flags = {"lamp_lit": False, "troll_fed": False}
        self.build()
        self.current = self.rooms["hall"]
        self.enter(self.current)
    def add(self, key, title, desc, items=()):
        r = Room(key, title, desc)
        r.items.extend(items)
        self.rooms[key] = r
        return r
    def build(self):
        hall = self.add("hall", "Great Hall", "A dusty hall with portraits.", ["lamp"])
        kitchen = self.add("kitchen", "Kitchen", "Pots hang from hooks.", ["bread", "knife"])
        cellar = self.add("cellar", "Cellar", "It is damp and dark.", ["key"])
        bridge = self.add("bridge", "Troll Bridge", "A troll blocks the way east.")
        vault = self.add("vault", "Treasure Vault", "Gold glitters everywhere.", ["gold"])
        garden = self.add("garden", "Garden", "Overgrown roses.", ["rose"])
        hall.connect("east", kitchen); kitchen.connect("west", hall)
        kitchen.connect("down", cellar); cellar.connect("up", kitchen)
        hall.connect("north", bridge); bridge.connect("south", hall)
        bridge.connect("east", vault, locked_by="troll"); vault.connect("west", bridge)
        hall.connect("west", garden, locked_by="key"); garden.connect("east", hall)
    def enter(self, room):
        first = room.key not in self.visited
        self.visited.add(room.key)
        if first:
            self.score += 5
        if room.key == "cellar" and not self.flags["lamp_lit"]:
            return "It is pitch black. You might be eaten by a grue."
        return room.describe()
    def parse(self, line):
        words = line.lower().split()
        if not words:
            return None, []
        verb = self.ALIASES.get(words[0], words[0])
        args = [self.ALIASES.get(w, w) for w in words[1:] if w not in ("the", "a", "an")]
        if verb in self.OPPOSITE:
            return "go", [verb]
        return verb, args
    def do(self, line):
        if self.state != "playing":
            raise GameOver(f"game already ended ({self.state})")
        verb, args = self.parse(line)
        if verb is None:
            return "Say something."
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to '{verb}'."
        self.moves += 1
        try:
            return handler(*args)
        except TypeError:
            return f"'{verb}' needs a different number of words."
    def cmd_look(self):
        return self.enter(self.current)
    def cmd_go(self, direction):
        room = self.current
        if direction not in room.exits:
            return "You can't go that way."
        blocker = room.locked.get(direction)
        if blocker == "key":
            if "key" not in self.inventory:
                return "The gate is locked."
            del room.locked[direction]
            self.score += 10
            print("  (you unlock the gate with the key)")
        elif blocker == "troll":
            if not self.flags["troll_fed"]:
                return "The troll growls and will not let you pass."
        self.current = room.exits[direction]
        return self.enter(self.current)
    def cmd_take(self, item):
        room = self.current
        if room.key == "cellar" and not self.flags["lamp_lit"]:
            return "You fumble in the dark and find nothing."
        if item not in room.items:
            return f"There is no {item} here."
        room.items.remove(item)
        self.inventory.append(item)
        if item == "gold":
            self.score += 50
            self.state = "won"
            return "You take the gold. You win!"
        return f"Taken: {item}."
    def cmd_drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.current.items.append(item)
        return f"Dropped {item}."
    def cmd_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
    def cmd_light(self, item):
        if item != "lamp" or "lamp" not in self.inventory:
            return "You have nothing to light."
        self.flags["lamp_lit"] = True
        return "The lamp is now lit."
    def cmd_give(self, item, *rest):
        target = rest[-1] if rest else None
        if self.current.key != "bridge" or target != "troll":
            return "Nobody here wants that."
        if item not in self.inventory:
            return f"You don't have {item}."
        if item != "bread":
            return "The troll sniffs the " + item + " and refuses it."
        self.inventory.remove(item)
        self.flags["troll_fed"] = True
        self.score += 20
        return "The troll munches the bread and steps aside."
    def cmd_score(self):
        return f"Score {self.score} in {self.moves} moves, {len(self.visited)} rooms visited."
    def cmd_quit(self):
        self.state = "quit"
        return "Bye."

script = ["look", "take lamp", "e", "take bread", "take knife", "d", "take key", "up", "w", "light the lamp",
          "e", "d", "take key", "u", "w", "w", "take rose", "e", "n", "e", "give knife to troll",
          "give bread to troll", "east", "dance", "take", "i", "", "score", "take gold", "look"]
g = Game()
for cmd in script:
    print(f"> {cmd}")
    try:
        print(g.do(cmd))
    except GameOver as e:
        print("!!", e)
print("final state:", g.state, "| score:", g.score, "| moves:", g.moves)
print("visited:", sorted(g.visited), "| inventory:", sorted(g.inventory))
print("items left:", {k: sorted(r.items) for k, r in sorted(g.rooms.items()) if r.items})
