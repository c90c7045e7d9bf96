"""Benchmark the point join of :func:`geo.places.boundaries.locate_points` against a bare sjoin.

Random points in Ukraine's bounding box (with a margin: the Black Sea, neighbours) are joined
to the embedded admin-1 layer (262 units) at 1k, 100k and 1M points, by

* ``geopandas.sjoin`` alone: build the points' GeoDataFrame from the coordinate arrays and
  join with ``predicate="intersects"`` (no tie-breaking, no fallback);
* ``locate_points`` with the nearest-unit fallback off (``max_km=0``): the same join, plus the
  smallest-unit choice for points on shared borders;
* ``locate_points`` as the maps use it (``max_km=15``): plus the nearest-unit fallback for
  points that fall in no unit.

Each figure is the best of ``--repeat`` runs, in seconds, after one warm-up (which builds the
layer's spatial index, shared by both). Prints a Markdown table; the ratio is to the sjoin.

Usage::

    .venv/bin/python benchmarks/bench_join.py [--sizes 1000 100000 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import geopandas as gpd
import numpy as np

from geo.places.boundaries import load_admin1, locate_points

#: Ukraine's bounding box (lon/lat) with about a degree of margin.
BBOX = (21.0, 43.5, 41.5, 53.5)


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """Return the shortest wall time of ``repeat`` calls of ``fn``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Run the benchmark and print the Markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()

    units = load_admin1()
    rng = np.random.default_rng(args.seed)

    def bare(x: np.ndarray, y: np.ndarray) -> gpd.GeoDataFrame:
        points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(x, y), crs="EPSG:4326")
        return gpd.sjoin(points, units[["code", "geometry"]], how="inner", predicate="intersects")

    bare(np.array([30.5]), np.array([50.4]))  # warm-up: builds the spatial index
    print(
        "| points | geopandas.sjoin (s) | locate_points, no fallback (s) | ratio "
        "| locate_points, 15 km fallback (s) | ratio | in no unit |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        x = rng.uniform(BBOX[0], BBOX[2], n)
        y = rng.uniform(BBOX[1], BBOX[3], n)
        t_bare = best_of(lambda x=x, y=y: bare(x, y), args.repeat)
        t_plain = best_of(lambda x=x, y=y: locate_points(x, y, units, max_km=0), args.repeat)
        t_full = best_of(lambda x=x, y=y: locate_points(x, y, units), args.repeat)
        outside = locate_points(x, y, units, max_km=0)["code"].isna().mean()
        print(
            f"| {n:,} | {t_bare:.3f} | {t_plain:.3f} | {t_plain / t_bare:.2f}x "
            f"| {t_full:.3f} | {t_full / t_bare:.2f}x | {outside:.0%} |"
        )


if __name__ == "__main__":
    main()
