"""Service throughput and latency under bounded load, next to `cvparse batch` on the same files.

    python benchmarks/serve.py [FOLDER] [--requests 300] [--concurrency 1 4 16] [--workers 2] [--engine pdfium]

FOLDER's PDFs (default tests/fixtures) are taken round robin to REQUESTS
documents, each a distinct copy (a PDF comment after its end marker changes its
SHA-256), so neither the store's deduplication nor any per-content cache is
what is measured. The service (`cvparse serve`, loopback, no token) gets every
document once per concurrency level, from that many client threads; each
distinct source is sent once before, so first-use imports in the workers are
not counted. The batch (`cvparse batch`'s run_batch, same worker count,
a fresh store) parses the same copies; its rate is from the first finished
document to the last (worker start-up excluded), as benchmarks/batch.py says.
The machine may be shared and its speed drifts: REPEAT rounds alternate the
service's levels and the batch, and the best and the median round of each are
compared (the best: the one least disturbed by other work); before each run a
pure-Python loop in 1 and 2 processes says how much parallel CPU there was
(2.0x on two idle cores). CPU seconds per document tell the service's own cost
apart: the workers', the service process's (HTTP, queue) and the client's.
"""
from __future__ import annotations

import argparse
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch import measure, parallel_capacity  # noqa: E402

STARTUP = 300.0  # seconds for the service's workers to load their pipelines
REQUEST_TIMEOUT = 300.0  # seconds a client waits for one answer (queueing included)
ACCEPTANCE = 0.90  # the service at the highest concurrency against the batch's rate


def documents(folder: Path, count: int) -> tuple[list[bytes], list[bytes]]:
    """(the distinct sources, COUNT distinct copies of them round robin)."""
    sources = [path.read_bytes() for path in sorted(folder.glob("*.pdf"))]
    if not sources:
        raise SystemExit(f"no PDF in {folder}")
    copies = [sources[number % len(sources)] + b"\n%% copy %d\n" % number for number in range(count)]
    return sources, copies


class Service:
    def __init__(self, workers: int, db: Path):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "cvparse", "serve", "--port", str(port), "--workers", str(workers),
             "--db", str(db), "--no-auth"], env=env, stderr=subprocess.DEVNULL)
        ends = time.monotonic() + STARTUP
        while time.monotonic() < ends:
            try:
                if httpx.get(f"{self.url}/healthz").json()["status"] == "ok":
                    return
            except httpx.TransportError:
                time.sleep(0.2)
        raise SystemExit("the service did not start")

    def cpu_seconds(self) -> tuple[float, float]:
        """(the service process's CPU seconds so far, its worker processes')."""
        workers = [int(child) for task in os.listdir(f"/proc/{self.process.pid}/task")
                   for child in Path(f"/proc/{self.process.pid}/task/{task}/children").read_text().split()]
        return _cpu(self.process.pid), sum(_cpu(pid) for pid in workers)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _own_cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def load(url: str, bodies: list[bytes], concurrency: int, engine: str) -> dict[str, float]:
    """Send every body once from CONCURRENCY threads; throughput, latency percentiles, errors, lost."""
    latencies: list[float] = []
    errors: list[str] = []
    next_body = iter(range(len(bodies)))
    lock = threading.Lock()
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    with httpx.Client(base_url=url, timeout=REQUEST_TIMEOUT, limits=limits) as client:
        def sender() -> None:
            while True:
                with lock:
                    number = next(next_body, None)
                if number is None:
                    return
                started = time.perf_counter()
                try:
                    response = client.post("/v1/parse", content=bodies[number], params={"engine": engine},
                                           headers={"Content-Type": "application/pdf"})
                    failure = None if response.status_code == 200 else f"{response.status_code} {response.text}"
                except httpx.HTTPError as exc:
                    failure = type(exc).__name__
                with lock:
                    latencies.append(time.perf_counter() - started)
                    if failure:
                        errors.append(failure)

        threads = [threading.Thread(target=sender) for _ in range(concurrency)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    for error in sorted(set(errors))[:3]:
        print(f"  error: {error[:200]}")
    return {"docs/s": len(latencies) / wall, "p50": cuts[49], "p95": cuts[94], "p99": cuts[98],
            "errors": len(errors), "lost": len(bodies) - len(latencies)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "tests" / "fixtures")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engine", default="pdfium")  # cvparse batch's default reader, for both
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sources, bodies = documents(args.folder, args.requests)
    load_now = os.getloadavg()
    print(f"{len(bodies)} documents from {len(sources)} PDFs in {args.folder}; {args.workers} workers; "
          f"engine {args.engine}; cores {os.cpu_count()}; load average {load_now[0]:.2f}")
    rates: dict[str, list[float]] = {}
    clean = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "cvs"
        folder.mkdir()
        for number, body in enumerate(bodies):
            (folder / f"cv-{number:04d}.pdf").write_bytes(body)
        service = Service(args.workers, Path(tmp) / "serve.db")
        try:
            load(service.url, sources, args.workers, args.engine)  # first use of each reader path: not timed
            for round_no in range(1, args.repeat + 1):
                for concurrency in args.concurrency:
                    capacity = parallel_capacity()
                    (server, workers), client = service.cpu_seconds(), _own_cpu()
                    figures = load(service.url, bodies, concurrency, args.engine)
                    (server_after, workers_after), client_after = service.cpu_seconds(), _own_cpu()
                    rates.setdefault(f"serve, concurrency {concurrency}", []).append(figures["docs/s"])
                    clean = clean and figures["errors"] == 0 and figures["lost"] == 0
                    per_doc = [(after - before) * 1000 / len(bodies) for before, after in
                               ((workers, workers_after), (server, server_after), (client, client_after))]
                    print(f"round {round_no}: serve, concurrency {concurrency:>2}: {figures['docs/s']:.2f} docs/s, "
                          f"p50 {figures['p50'] * 1000:.0f} ms, p95 {figures['p95'] * 1000:.0f} ms, "
                          f"p99 {figures['p99'] * 1000:.0f} ms, errors {figures['errors']:.0f}, "
                          f"lost {figures['lost']:.0f}; CPU ms/doc: workers {per_doc[0]:.0f}, service "
                          f"{per_doc[1]:.1f}, client {per_doc[2]:.1f}; parallel capacity {capacity:.2f}x", flush=True)
                capacity, before = parallel_capacity(), _own_cpu() + _own_cpu(resource.RUSAGE_CHILDREN)
                count, whole, steady = measure(folder, Path(tmp) / f"batch-{round_no}.db", args.workers, args.engine)
                cpu = (_own_cpu() + _own_cpu(resource.RUSAGE_CHILDREN) - before) * 1000 / count
                rates.setdefault("batch", []).append(steady)
                print(f"round {round_no}: batch: {count} documents, {steady:.2f} docs/s excluding start-up "
                      f"({whole:.2f} whole run); CPU ms/doc {cpu:.0f} (worker start-up included); "
                      f"parallel capacity {capacity:.2f}x", flush=True)
        finally:
            service.stop()
    for name, values in rates.items():
        print(f"{name}: best {max(values):.2f} docs/s, median {statistics.median(values):.2f}")
    top = f"serve, concurrency {max(args.concurrency)}"
    best = max(rates[top]) / max(rates["batch"])
    median = statistics.median(rates[top]) / statistics.median(rates["batch"])
    verdict = "met" if best >= ACCEPTANCE and clean else "NOT met"
    print(f"{top} / batch: {best:.1%} best to best, {median:.1%} median to median; "
          f"errors and lost requests: {'none' if clean else 'SOME'} (acceptance: >= {ACCEPTANCE:.0%} and none: "
          f"{verdict})")
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
