#!/usr/bin/env python3
"""What sharing wallets through Redis adds to a request, end to end.

Starts a fake Anthropic upstream (answers at once, fixed usage), a redis-server on a free
loopback port, then `ccgate serve` twice in turn -- without --redis and with it -- and sends
the same sequential, keep-alive requests through each. Prints the client-observed latency
percentiles and the gateway's own ccgate_gateway_overhead_seconds mean. Everything binds
127.0.0.1 and is stopped at the end.

    python3 benchmarks/scripts/redis-overhead.py [--requests 3000] [--warmup 1000]
"""
import argparse, http.client, http.server, json, os, re, socket, subprocess, sys, tempfile
import threading, time

USAGE = {"input_tokens": 1000, "output_tokens": 10, "cache_creation_input_tokens": 0,
         "cache_read_input_tokens": 0}
POLICY = """version: 1
timezone: UTC
cascade: [opus, sonnet, haiku]
stages:
  - {at: 80%, action: alert}
  - {at: 110%, action: pause}
org:
  budget: {monthly: 1000000}
teams:
  platform:
    budget: {daily: 100000, monthly: 1000000}
    developers: [dev@example.com]
developers:
  default_budget: {daily: 100000}
alerts:
  channels: {log: {type: log}}
  fallback: log
"""


class Upstream(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1  # headers and body leave in one write (with TCP_NODELAY: no 40 ms stalls)

    def setup(self):
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        model = json.loads(body)["model"]
        out = json.dumps({"id": "msg_1", "type": "message", "role": "assistant", "model": model,
                          "content": [{"type": "text", "text": "ok"}], "stop_reason": "end_turn",
                          "usage": USAGE}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)
        self.wfile.flush()

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing listened on {port}")


def run(jar, work, key, upstream_port, redis_url, n, warmup):
    port = free_port()
    state = tempfile.mkdtemp(dir=work)
    cmd = ["java", "-jar", jar, "serve", "--policy", f"{work}/policy.yaml", "--keys",
           f"{work}/keys.yaml", "--state", state, "--port", str(port), "--upstream",
           f"http://127.0.0.1:{upstream_port}"]
    if redis_url:
        cmd += ["--redis", redis_url]
    env = dict(os.environ, ANTHROPIC_API_KEY="sk-ant-fake")
    gw = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port)
        conn = http.client.HTTPConnection("127.0.0.1", port)
        conn.connect()
        conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        body = json.dumps({"model": "claude-sonnet-4-5", "max_tokens": 64,
                           "messages": [{"role": "user", "content": "hi"}]}).encode()
        times = []
        for i in range(warmup + n):
            t0 = time.perf_counter_ns()
            conn.request("POST", "/v1/messages", body,
                         {"x-api-key": key, "content-type": "application/json"})
            r = conn.getresponse()
            r.read()
            if r.status != 200:
                raise SystemExit(f"status {r.status}")
            if i >= warmup:
                times.append(time.perf_counter_ns() - t0)
        conn.request("GET", "/metrics")
        metrics = conn.getresponse().read().decode()
        s = float(re.search(r"^ccgate_gateway_overhead_seconds_sum (\S+)", metrics, re.M).group(1))
        c = float(re.search(r"^ccgate_gateway_overhead_seconds_count (\S+)", metrics, re.M).group(1))
        times.sort()
        pct = lambda p: times[min(len(times) - 1, int(p * len(times)))] / 1e6
        return {"p50_ms": pct(0.50), "p90_ms": pct(0.90), "p99_ms": pct(0.99),
                "overhead_mean_ms": 1000 * s / c}
    finally:
        gw.terminate()
        gw.wait(20)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--warmup", type=int, default=1000)
    ap.add_argument("--jar", default="cli/target/ccgate.jar")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="ccgate-redis-bench-")
    with open(f"{work}/policy.yaml", "w") as f:
        f.write(POLICY)
    out = subprocess.run(["java", "-jar", a.jar, "keys", "add", "dev@example.com", "--keys",
                          f"{work}/keys.yaml"], capture_output=True, text=True, check=True)
    key = out.stdout.split()[0]
    up = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=up.serve_forever, daemon=True).start()
    rport = free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(rport), "--bind", "127.0.0.1",
                              "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
    try:
        wait_port(rport)
        for name, url in (("embedded", None), ("redis", f"redis://127.0.0.1:{rport}/0")):
            r = run(a.jar, work, key, up.server_address[1], url, a.requests, a.warmup)
            print(name, " ".join(f"{k}={v:.3f}" for k, v in r.items()))
    finally:
        redis.terminate()
        redis.wait(10)
        up.shutdown()


if __name__ == "__main__":
    main()
