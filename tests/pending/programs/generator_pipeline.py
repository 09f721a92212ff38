# Program: a generator-based log processing pipeline with parsing, windowed stats, sessionization and alerts
RAW_LOG = """\
2024-03-01T10:00:01 GET /index.html 200 512 alice
2024-03-01T10:00:03 GET /about.html 200 1024 bob
2024-03-01T10:00:04 POST /login 302 128 alice
2024-03-01T10:00:09 GET /missing 404 64 carol
malformed line here
2024-03-01T10:00:15 GET /index.html 200 512 dave
2024-03-01T10:00:16 GET /api/data 500 32 alice
2024-03-01T10:00:17 GET /api/data 500 32 bob
2024-03-01T10:00:18 GET /api/data 503 32 carol
2024-03-01T10:00:19 GET /api/data 500 32 alice
2024-03-01T10:01:30 GET /index.html 200 512 alice
2024-03-01T10:01:31 GET /api/data 200 2048 bob
2024-03-01T10:02:45 DELETE /api/item/7 204 0 admin
2024-03-01T10:02:50 GET /index.html 200 bad dave
2024-03-01T10:05:00 GET /api/data 200 2048 carol
"""

def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line

def parse_time(stamp):
    date, clock = stamp.split("T")
    h, m, s = (int(x) for x in clock.split(":"))
    return h * 3600 + m * 60 + s

def parse(lines, errors):
    for number, line in lines:
        parts = line.split()
        if len(parts) != 6:
            errors.append((number, "wrong field count"))
            continue
        stamp, method, path, status, size, user = parts
        try:
            yield {"t": parse_time(stamp), "method": method, "path": path,
                   "status": int(status), "size": int(size), "user": user, "line": number}
        except ValueError as e:
            errors.append((number, str(e)))

def tap(records, label, sink):
    for r in records:
        sink.append((label, r["line"]))
        yield r

def window_counts(records, width):
    window = []
    for r in records:
        window.append(r)
        while window and window[0]["t"] <= r["t"] - width:
            window.pop(0)
        yield r, len(window), sum(1 for w in window if w["status"] >= 500)

def alerts(stream, threshold):
    active = False
    for r, total, errors in stream:
        if errors >= threshold and not active:
            active = True
            yield ("ALERT", r["t"], errors, total)
        elif errors < threshold and active:
            active = False
            yield ("RECOVER", r["t"], errors, total)
        yield ("REC", r)

def sessions(records, gap):
    last_seen = {}
    current = {}
    for r in records:
        u = r["user"]
        if u in last_seen and r["t"] - last_seen[u] > gap:
            yield u, current.pop(u)
        current.setdefault(u, []).append(r["path"])
        last_seen[u] = r["t"]
    for u in sorted(current):
        yield u, current[u]

def fmt_time(t):
    return f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}"

errors = []
trace = []
pipeline = alerts(window_counts(tap(parse(read_lines(RAW_LOG), errors), "parsed", trace), 10), 3)
print("pipeline built; lines consumed so far:", len(trace))
records = []
for item in pipeline:
    if item[0] == "REC":
        r = item[1]
        records.append(r)
        print(f"{fmt_time(r['t'])} {r['method']:<6} {r['path']:<14} {r['status']} {r['size']:>5} {r['user']}")
    else:
        kind, t, errs, total = item
        print(f"*** {kind} at {fmt_time(t)}: {errs} server errors in last {total} requests")
print("parse errors:", errors)
print("trace sample:", trace[:3], "... total", len(trace))

by_status = {}
for r in records:
    by_status[r["status"] // 100] = by_status.get(r["status"] // 100, 0) + 1
print("by status class:", dict(sorted(by_status.items())))
bytes_by_user = {}
for r in records:
    bytes_by_user[r["user"]] = bytes_by_user.get(r["user"], 0) + r["size"]
for user, total in sorted(bytes_by_user.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {user:<6} {total:>6} bytes")
for user, paths in sessions(iter(records), 60):
    print("session", user, paths)

def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print([[r["line"] for r in b] for b in batched(iter(records), 4)])

def moving_average(values, n):
    window, total = [], 0
    for v in values:
        window.append(v)
        total += v
        if len(window) > n:
            total -= window.pop(0)
        yield round(total / len(window), 2)
print(list(moving_average((r["size"] for r in records), 3)))

def merge_sorted(*streams):
    heads = []
    for i, s in enumerate(streams):
        it = iter(s)
        for v in it:
            heads.append([v, i, it])
            break
    while heads:
        heads.sort(key=lambda h: (h[0], h[1]))
        v, i, it = heads[0]
        yield v
        for nv in it:
            heads[0][0] = nv
            break
        else:
            heads.pop(0)
print(list(merge_sorted([1, 4, 9], (x * 2 for x in range(5)), iter([3, 3, 10]))))

def top_paths(records, n):
    counts = {}
    for r in records:
        counts[r["path"]] = counts.get(r["path"], 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    yield from ranked[:n]
for rank, (path, count) in enumerate(top_paths(records, 3), 1):
    print(f"#{rank} {path} x{count}")
