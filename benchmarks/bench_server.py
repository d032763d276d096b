"""Server under hostile load: 20 clients sending normal articles while 5 send 2 MB adversarial bodies.

Starts `reelcheck serve` on 127.0.0.1 (a free port; nothing else is contacted), runs bounded loops
of requests and prints:

- normal requests: count, status codes, p50/p90/p99/max latency (target p99 <= 2 s, no 5xx);
- adversarial requests: status codes and latencies (503/504/413 are the server defending itself);
- peak memory of the whole server (the uvicorn process, the forkserver and every worker): summed
  RSS (counts shared pages once per process, so it overstates) and summed PSS (target <= 600 MB);
- CPU after the adversarial requests end: how long until the server's processes are back to idle
  (< 5 % of one core over a second), and whether that is within the document budget.

    python benchmarks/bench_server.py                      # 20 + 5 clients, default limits
    python benchmarks/bench_server.py --normal-loops 5 --adversarial-loops 1   # quick look
    python benchmarks/bench_server.py -- --doc-timeout 10  # arguments after -- go to serve

The articles are generated here (the text is written for this project).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time

NORMAL_LINES = [
    "Sean Baker directed Anora, which premiered at the Cannes Film Festival in May 2024.",
    "Mikey Madison won the Oscar for Best Actress for playing Ani.",
    "Yura Borisov won the Oscar for Best Supporting Actor for Anora.",
    "Anora won the Palme d'Or at the 2024 Cannes Film Festival.",
    "The film runs 139 minutes and was shot on 35mm film.",
    "Critics in {city} called it the warmest comedy of the season.",
    "Mark Eydelshteyn plays Vanya, the son of a Russian oligarch.",
    "The shoot moved between Brighton Beach, Manhattan and Las Vegas.",
    "Anora was released in US theaters on October 18, 2024.",
    "Karren Karagulian plays Toros, the family's fixer in New York.",
    "Audiences in {city} queued around the block for the first screening.",
    "Sean Bakker edited the film himself, as he has done for years.",
]
CITIES = ["Lisbon", "Tbilisi", "Rotterdam", "Busan", "Valparaiso", "Trieste", "Leeds"]


def normal_article(rng: random.Random) -> bytes:
    """A 2-5 KB article: the size of a real news piece."""
    paras = []
    for _ in range(rng.randint(4, 8)):
        lines = [rng.choice(NORMAL_LINES).format(city=rng.choice(CITIES))
                 for _ in range(rng.randint(3, 6))]
        paras.append(" ".join(lines))
    return json.dumps({"text": "\n\n".join(paras)}).encode()


def adversarial_bodies(limit: int) -> list[bytes]:
    """Bodies just under the server's size limit, each built to be slow for a different stage."""
    room = limit - 200
    names = ("Sean Baker Mikey Madison Yura Borisov Anora Cannes Oscar Palme d'Or "
             "Best Actress Best Director Mark Eydelshteyn Karren Karagulian ")
    # 1. one huge article of short claims naming many entities (sentence x mention work)
    sent = "Mikey Madison won the Oscar for Best Actress and Sean Baker directed Anora. "
    dense = (sent * (room // len(sent)))[:room]
    # 2. HTML with unclosed <script> tags (a quadratic trap for naive tag stripping)
    unclosed = ("<html><body><p>" + ("<script>x " + names) * (room // (len(names) + 10)))[:room]
    # 3. HTML with a great many links
    link = '<a href="https://stream-free-{i}.example/anora">watch Anora free</a> '
    links, i = [], 0
    total = 0
    while total < room - 200:
        piece = link.format(i=i)
        links.append(piece)
        total += len(piece)
        i += 1
    many_links = "<html><body><article><p>" + "".join(links) + "</p></article></body></html>"
    # 4. one "sentence" with no full stop at all, a name every few words
    run_on = ((names + "and then ") * (room // (len(names) + 9)))[:room]
    out = []
    for key, value in [("text", dense), ("html", unclosed), ("html", many_links),
                       ("text", run_on), ("text", dense[::-1])]:
        body = json.dumps({key: value}).encode()
        while len(body) > limit - 100:  # JSON escaping grows it: trim to fit under the limit
            value = value[: len(value) - (len(body) - limit) - 1000]
            body = json.dumps({key: value}).encode()
        out.append(body)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_pids(root: int) -> list[int]:
    """`root` and all its descendants (the forkserver and its workers included)."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def mem_mb(pids) -> tuple[float, float]:
    rss = pss = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) / 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) / 1024
        except OSError:
            pass
    return rss, pss


def cpu_seconds(pids) -> float:
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except (OSError, ValueError, IndexError):
            pass
    return total


def post(port: int, body: bytes, timeout: float) -> tuple[int, float]:
    t0 = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", "/api/check", body=body,
                     headers={"content-type": "application/json"})
        resp = conn.getresponse()
        resp.read()
        status = resp.status
    except (OSError, http.client.HTTPException):
        status = -1  # connection error or client-side timeout
    finally:
        conn.close()
    return status, time.perf_counter() - t0


def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--normal-clients", type=int, default=20)
    ap.add_argument("--normal-loops", type=int, default=15, help="requests per normal client")
    ap.add_argument("--adversarial-clients", type=int, default=5)
    ap.add_argument("--adversarial-loops", type=int, default=3,
                    help="requests per adversarial client")
    ap.add_argument("--limit-bytes", type=int, default=2 * 1024 * 1024,
                    help="the server's body limit (adversarial bodies are just under it)")
    ap.add_argument("--think", type=float, default=0.0,
                    help="seconds a normal client pauses between its requests (0: back to back)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("serve_args", nargs="*", help="extra arguments for `reelcheck serve`")
    args = ap.parse_args(argv)

    port = free_port()
    cmd = [sys.executable, "-m", "reelcheck.cli", "serve", "--host", "127.0.0.1", "--port",
           str(port), *args.serve_args]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                print(proc.stderr.read().decode(errors="replace"), file=sys.stderr)
                return 1
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/api/health")
                if c.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                print("server did not start", file=sys.stderr)
                return 1
            time.sleep(0.3)
        rng = random.Random(args.seed)
        bodies = [[normal_article(rng) for _ in range(args.normal_loops)]
                  for _ in range(args.normal_clients)]
        evil = adversarial_bodies(args.limit_bytes)
        for b in bodies[0][:3]:  # warm up
            post(port, b, 60)
        idle_rss, idle_pss = mem_mb(tree_pids(proc.pid))

        peak = [0.0, 0.0]
        stop = threading.Event()

        def sample():
            while not stop.is_set():
                rss, pss = mem_mb(tree_pids(proc.pid))
                peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
                stop.wait(0.2)

        normal: list[tuple[int, float]] = []
        adversarial: list[tuple[int, float]] = []
        lock = threading.Lock()

        def normal_client(i):
            for k, b in enumerate(bodies[i]):
                if k and args.think:
                    time.sleep(args.think)
                r = post(port, b, 120)
                with lock:
                    normal.append(r)

        def evil_client(i):
            for k in range(args.adversarial_loops):
                r = post(port, evil[(i + k) % len(evil)], 300)
                with lock:
                    adversarial.append(r)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        t0 = time.perf_counter()
        evil_threads = [threading.Thread(target=evil_client, args=(i,))
                        for i in range(args.adversarial_clients)]
        for t in evil_threads:
            t.start()
        time.sleep(0.5)  # the adversarial bodies are in flight first
        threads = [threading.Thread(target=normal_client, args=(i,))
                   for i in range(args.normal_clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        normal_done = time.perf_counter() - t0
        for t in evil_threads:
            t.join()
        evil_done = time.monotonic()
        stop.set()
        sampler.join()

        # CPU back to idle: 1-second windows until the server's processes use < 5 % of a core.
        idle_after = None
        while time.monotonic() - evil_done < 120:
            pids = tree_pids(proc.pid)
            c0 = cpu_seconds(pids)
            time.sleep(1.0)
            if cpu_seconds(pids) - c0 < 0.05:
                idle_after = time.monotonic() - evil_done
                break
        end_rss, end_pss = mem_mb(tree_pids(proc.pid))
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()

    lat = [t for _, t in normal]
    codes: dict[int, int] = {}
    for s, _ in normal:
        codes[s] = codes.get(s, 0) + 1
    ecodes: dict[int, int] = {}
    for s, _ in adversarial:
        ecodes[s] = ecodes.get(s, 0) + 1
    bad = sum(n for s, n in codes.items() if s >= 500 or s < 0)
    print(f"server: {' '.join(cmd[2:])}")
    print(f"load:        1-min load average at the end {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} CPUs; think time {args.think:g} s")
    print(f"normal:      {len(normal)} requests from {args.normal_clients} clients in "
          f"{normal_done:.1f} s; status {dict(sorted(codes.items()))}; 5xx/errors {bad}")
    print(f"  latency s: p50 {pct(lat, 50):.3f}  p90 {pct(lat, 90):.3f}  "
          f"p99 {pct(lat, 99):.3f}  max {max(lat):.3f}  mean {statistics.fmean(lat):.3f}")
    print(f"adversarial: {len(adversarial)} bodies of ~{args.limit_bytes / 1e6:.1f} MB from "
          f"{args.adversarial_clients} clients; status {dict(sorted(ecodes.items()))}; "
          f"latency max {max((t for _, t in adversarial), default=0):.1f} s")
    print(f"memory MB:   idle RSS {idle_rss:.0f} / PSS {idle_pss:.0f}; peak RSS {peak[0]:.0f} / "
          f"PSS {peak[1]:.0f}; after RSS {end_rss:.0f} / PSS {end_pss:.0f} (all processes)")
    print("cpu:         back to idle " + (f"{idle_after:.1f} s after the last adversarial "
                                          "response" if idle_after is not None else
                                          "NOT within 120 s"))
    ok = bad == 0 and pct(lat, 99) <= 2.0 and peak[1] <= 600 and idle_after is not None
    print("targets:     " + ("met" if ok else "NOT met") +
          " (p99 <= 2 s, no 5xx for normal requests, PSS <= 600 MB, CPU back to idle)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
