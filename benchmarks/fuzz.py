"""Fuzz the parser with mutated sample PDFs: byte flips, truncation, cut and junk chunks.

    python benchmarks/fuzz.py [--count 200] [--seed 1] [--jobs 2] [--keep DIR]

Each mutant runs as `python -m cvparse FILE --json` in a subprocess with a 60 s
limit. The report counts records, typed errors (by type), crashes (a
traceback, or an `internal` error) and hangs, and the slowest run; the exit
status is 1 when there is any crash or hang. `--in-process` calls
`cvparse.parse` instead (faster; what the test suite does on a small slice).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from badinputs import run_cli  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
TYPED_EXITS = {0, 3, 4, 5, 6, 7, 8}


def _flip(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 40)):
        data[rng.randrange(len(data))] = rng.randrange(256)


def _truncate(data: bytearray, rng: random.Random) -> None:
    del data[rng.randrange(1, len(data)):]


def _cut(data: bytearray, rng: random.Random) -> None:
    start = rng.randrange(len(data))
    del data[start:start + rng.randint(1, 4096)]


def _junk(data: bytearray, rng: random.Random) -> None:
    at = rng.randrange(len(data))
    data[at:at] = rng.randbytes(rng.randint(1, 4096))


MUTATIONS = {"flip": _flip, "truncate": _truncate, "cut": _cut, "junk": _junk}


def mutants(count: int, seed: int) -> list[tuple[str, bytes]]:
    """``count`` (name, bytes) mutants of the fixture PDFs, the same for the same seed."""
    rng = random.Random(seed)
    sources = sorted(FIXTURES.glob("*.pdf"))
    originals = {p: p.read_bytes() for p in sources}
    out = []
    for i in range(count):
        source = rng.choice(sources)
        kind = rng.choice(sorted(MUTATIONS))
        data = bytearray(originals[source])
        MUTATIONS[kind](data, rng)
        out.append((f"{i:03d}-{kind}-{source.stem}", bytes(data)))
    return out


def classify_cli(code: int | None, stdout: str, stderr: str) -> str:
    """'record', 'error:<type>', 'crash' or 'hang' for one CLI run."""
    if code is None:
        return "hang"
    if "Traceback" in stderr or code not in TYPED_EXITS:
        return "crash"
    if code == 0:
        return "record"
    try:
        kind = json.loads(stdout)["error"]["type"]
    except (ValueError, KeyError, TypeError):
        return "crash"
    one_line = stderr.strip().count("\n") == 0 and stderr.startswith("cvparse: error:")
    return f"error:{kind}" if one_line else "crash"


def run_in_process(data: bytes) -> str:
    import cvparse
    from cvparse.errors import CVParseError

    try:
        cvparse.parse_bytes(data)
    except CVParseError as exc:
        return f"error:{exc.kind}"
    except Exception:
        return "crash"
    return "record"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--keep", type=Path, help="write the mutants here (default: a temporary folder)")
    ap.add_argument("--in-process", action="store_true")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cvparse-fuzz-"))
    folder.mkdir(parents=True, exist_ok=True)
    cases = mutants(args.count, args.seed)
    results: list[tuple[str, str, float]] = []

    def one(case: tuple[str, bytes]) -> tuple[str, str, float]:
        name, data = case
        t0 = time.perf_counter()
        if args.in_process:
            return name, run_in_process(data), time.perf_counter() - t0
        path = folder / f"{name}.pdf"
        path.write_bytes(data)
        code, secs, out, err = run_cli(path, args.timeout)
        return name, classify_cli(code, out, err), secs

    if args.in_process:
        results = [one(case) for case in cases]
    else:
        with ThreadPoolExecutor(args.jobs) as pool:
            results = list(pool.map(one, cases))
    counts = Counter(outcome for _, outcome, _ in results)
    for name, outcome, secs in results:
        if outcome in ("crash", "hang"):
            print(f"{outcome.upper()}: {folder / name}.pdf ({secs:.1f} s)")
    slowest = max(results, key=lambda r: r[2])
    print(f"{len(results)} mutants (seed {args.seed}): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"slowest {slowest[2]:.1f} s ({slowest[0]}), mean {sum(r[2] for r in results) / len(results):.1f} s")
    return 1 if counts["crash"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
