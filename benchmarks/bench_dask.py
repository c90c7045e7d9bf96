"""``--engine dask`` on this machine: 1 vs 2 workers, memory per worker, cost per million.

Writes 10,000 short generated reports (16 JSONL files), extracts them on LocalClusters of
one and two single-threaded worker processes (after a warm-up run that loads the gazetteer
in every worker), and prints reports per second, the 2/1 ratio, each worker's peak resident
memory and the single-process rate for comparison.

    .venv/bin/python benchmarks/bench_dask.py [N_REPORTS]
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

from geo.engines import dask_engine as de
from geo.engines.batch import run_batch
from geo.read.reports import iter_inputs

CITIES = ("Kharkiv", "Sumy", "Odesa", "Dnipro", "Zaporizhzhia", "Kyiv", "Poltava", "Kherson")


def write_feed(folder: Path, n: int) -> None:
    """``n`` short reports in 16 JSONL files."""
    rng = random.Random(14)
    per = max(1, n // 16)
    for f in range(16):
        with (folder / f"p{f:02d}.jsonl").open("w") as fh:
            for i in range(f * per, (f + 1) * per):
                city, other = rng.sample(CITIES, 2)
                text = (
                    f"Russian drones struck {city} overnight, killing {i % 4} and wounding "
                    f"{i % 5}. Debris fell in the {other} region. Item {i}."
                )
                fh.write(json.dumps({"id": f"r{i}", "date": "2025-07-04", "text": text}) + "\n")


def peak_rss() -> int:
    """This process's peak resident memory, in MB (run on each worker)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def run(folder: Path, workers: int) -> tuple[float, list[int]]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cl,
        Client(cl) as c,
    ):
        sum(1 for _ in de.extract([str(folder / "p00.jsonl")], client=c))  # warm up
        start = time.perf_counter()
        n = sum(1 for _ in de.extract([str(folder)], client=c))
        seconds = time.perf_counter() - start
        return n / seconds, sorted(c.run(peak_rss).values())


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_feed(folder, n)
        start = time.perf_counter()
        single = sum(1 for _ in run_batch(iter_inputs([str(folder)])))
        single_rate = single / (time.perf_counter() - start)
        one, mem1 = run(folder, 1)
        two, mem2 = run(folder, 2)
    print(f"reports: {single}")
    print(f"single process (default engine): {single_rate:,.0f} reports/s")
    print(f"dask, 1 worker:  {one:,.0f} reports/s; peak RSS per worker {mem1} MB")
    print(f"dask, 2 workers: {two:,.0f} reports/s; peak RSS per worker {mem2} MB")
    print(f"ratio 2/1 workers: {two / one:.2f}")


if __name__ == "__main__":
    main()
