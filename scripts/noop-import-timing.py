#!/usr/bin/env python3
"""Betweenness over HTTP right after an import that changes nothing (issue 14), 2,000 / 19,900 BA.
usage: scripts/noop-import-timing.py target/convene.jar [PORT]
Needs networkx for the graph and Debian python3-igraph (/usr/bin/python3) for the side-by-side figure."""
import json, os, random, shutil, subprocess, sys, tempfile, time, urllib.request, base64, statistics
import networkx as nx
jar = sys.argv[1]; port = int(sys.argv[2]) if len(sys.argv) > 2 else 18181
base = f"http://127.0.0.1:{port}"
pw = "noop-bench-admin-password"
work = tempfile.mkdtemp(prefix="noop-")
g = nx.barabasi_albert_graph(2000, 10, seed=7)
rnd = random.Random(7)
with open(f"{work}/elements.csv", "w") as f:
    f.write("Label,Type\n")
    for v in g.nodes(): f.write(f"P{v:05d},Person\n")
ties = list(g.edges())
with open(f"{work}/connections.csv", "w") as f:
    f.write("From,To,Type,Strength\n")
    for a, b in ties: f.write(f"P{a:05d},P{b:05d},Knows,{1 + (a * 7 + b) % 5}\n")
a, b = ties[0]
with open(f"{work}/one.csv", "w") as f:
    f.write(f"From,To,Type,Strength\nP{a:05d},P{b:05d},Knows,{1 + (a * 7 + b) % 5}\n")
with open(f"{work}/none.csv", "w") as f:
    f.write("Label,Type\n")
env = dict(os.environ, CONVENE_ADMIN_PASSWORD=pw)
app = subprocess.Popen(["java", "-jar", jar, f"--convene.data-dir={work}/data", f"--server.port={port}",
                        "--server.address=127.0.0.1", "--convene.demo=false"], env=env,
                       stdout=open(f"{work}/app.log", "w"), stderr=subprocess.STDOUT)
auth = ["-u", f"admin:{pw}"]
def curl(*args):
    out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total}", *auth, *args],
                         capture_output=True, text=True).stdout.split()
    return int(out[0]), float(out[1])
try:
    for _ in range(180):
        try:
            if urllib.request.urlopen(base + "/actuator/health", timeout=2).status == 200: break
        except Exception: time.sleep(1)
    st, t = curl("-F", f"elements=@{work}/elements.csv", "-F", f"connections=@{work}/connections.csv", base + "/api/import")
    print("import", st, t)
    metric = base + "/api/metrics?measure=betweenness&limit=10"
    print("first betweenness", curl(metric))
    people = [curl(base + "/api/people?limit=10")[1] for _ in range(10)]
    cached = [curl(metric)[1] for _ in range(10)]
    after = []; degree_after = []; again = []
    for i in range(14):
        st, t = curl("-F", f"elements=@{work}/none.csv", "-F", f"connections=@{work}/one.csv", base + "/api/import")
        assert st == 200, st
        if i % 2 == 0:
            after.append(curl(metric)[1]); again.append(curl(metric)[1])
        else:
            degree_after.append(curl(base + "/api/metrics?measure=degree&limit=10")[1])
    with open(f"{work}/edges.txt", "w") as f:
        for x, y in ties: f.write(f"{x} {y}\n")
    ig = subprocess.run(["/usr/bin/python3", "-c", """
import igraph, sys, time
g = igraph.Graph.Read_Edgelist(sys.argv[1], directed=False)
ts = []
for _ in range(5):
    c = time.process_time(); w = time.perf_counter(); g.betweenness(); ts.append((time.process_time() - c, time.perf_counter() - w))
print(sorted(ts))
""", f"{work}/edges.txt"], env=dict(os.environ, OMP_NUM_THREADS="1"), capture_output=True, text=True)
    print("igraph (cpu_s, wall_s) x5:", ig.stdout.strip(), ig.stderr.strip()[-300:])
    load = os.getloadavg()[0]
    print(json.dumps({"people_p50_s": statistics.median(people), "cached_betweenness_p50_s": statistics.median(cached),
                      "betweenness_after_noop_import_s": sorted(after), "median": statistics.median(after),
                      "degree_after_noop_import_s": sorted(degree_after), "betweenness_again_s": sorted(again),
                      "load": load}))
finally:
    app.terminate(); app.wait(60); shutil.rmtree(work, ignore_errors=True)
