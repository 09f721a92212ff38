# A traffic-light state machine implemented as a generator that receives events via send()
def traffic_light():
    state = "red"
    ticks = 0
    while True:
        event = yield (state, ticks)
        ticks += 1
        if event == "emergency":
            state, ticks = "flashing", 0
        elif event == "reset":
            state, ticks = "red", 0
        elif state == "flashing":
            continue
        elif state == "red" and ticks >= 3:
            state, ticks = "green", 0
        elif state == "green" and ticks >= 2:
            state, ticks = "yellow", 0
        elif state == "yellow" and ticks >= 1:
            state, ticks = "red", 0
light = traffic_light()
print(next(light))
for ev in ["tick"] * 7 + ["emergency", "tick", "tick", "reset", "tick"]:
    print(f"{ev:9} -> {light.send(ev)}")
