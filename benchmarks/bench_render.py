"""Benchmark the map at 1k, 10k and 100k impact sites against plain folium markers.

For each size it builds synthetic extractions (one report per ten sites over seven dates,
random sites over Ukraine), then measures

- the Python time of ``build_map`` + ``render_html`` (strikemap) or of a plain folium map
  with one ``CircleMarker`` + ``Popup`` per site (baseline, same inlined Leaflet),
- the size of the HTML, and
- the time headless Chromium takes to reach the page's ``load`` event (scripts run, markers
  and clusters built), as the page measures it with ``performance.now()``; the median of
  ``--runs`` runs.

Usage::

    .venv/bin/python benchmarks/bench_render.py [--sizes 1000 10000 100000]
        [--baseline-max 10000] [--runs 3]

It prints a Markdown table. The baseline is skipped above ``--baseline-max`` sites (at 100k it
takes over a minute to render; see ../shared/FOLIUM.md).
"""

from __future__ import annotations

import argparse
import html
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import folium
import geopandas
import shapely

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo import assets  # noqa: E402
from geo.records import Extraction, Place, Report, ResolvedPlace, Span  # noqa: E402
from geo.render import build_map, escape_text, render_html  # noqa: E402

DATES = [f"2025-07-0{d}" for d in range(1, 8)]
PROBE = (
    "<script>window.addEventListener('load', function () {"
    "var p = document.createElement('pre'); p.id = 'bench-load';"
    "p.textContent = String(performance.now()); document.body.appendChild(p);});</script>"
)


def synthetic_extractions(n: int, seed: int = 6) -> list[Extraction]:
    """Return extractions naming ``n`` distinct impact sites, ten per report."""
    rng = random.Random(seed)
    out = []
    for r in range(0, n, 10):
        names = [f"Town{i:06d}" for i in range(r, min(r + 10, n))]
        sentences = [f"A drone hit {name} at night." for name in names]
        text = " ".join(sentences)
        report = Report(
            id=f"r{r // 10}",
            text=text,
            title=f"Overnight strikes, report {r // 10}",
            date=DATES[(r // 10) % len(DATES)],
            source="Synthetic wire",
            url=f"https://example.org/{r // 10}",
        )
        places = []
        for name, sentence in zip(names, sentences, strict=True):
            start = text.index(name)
            place = Place(
                f"gn:{name}",
                name,
                "settlement",
                "UA",
                None,
                round(rng.uniform(44.5, 52.0), 5),
                round(rng.uniform(23.0, 40.0), 5),
            )
            places.append(
                ResolvedPlace(
                    report.id,
                    place,
                    "impact",
                    rng.choice((1, 1, 2, 3)),
                    0.9,
                    (Span(name, start, start + len(name)),),
                    cue="hit",
                    sentence=sentence,
                )
            )
        facts = {"killed": rng.randint(0, 3), "wounded": rng.randint(0, 12), "drones": 40}
        out.append(Extraction(report, tuple(places), facts))
    return out


def synthetic_regions(extractions: list[Extraction]) -> geopandas.GeoDataFrame:
    """Return a 4 x 4 grid of regions over Ukraine with report counts."""
    cells, rows = [], []
    for i in range(4):
        for j in range(4):
            west, south = 23.0 + i * 4.25, 44.5 + j * 1.875
            cells.append(shapely.box(west, south, west + 4.25, south + 1.875))
            rows.append(
                {
                    "code": f"X-{i}{j}",
                    "name": f"Region {i}{j}",
                    "country": "UA",
                    "reports": 1 + (i * 4 + j) * len(extractions) // 16,
                    "impact_sites": 10,
                    "killed": i + j,
                    "wounded": 3 * (i + j),
                }
            )
    return geopandas.GeoDataFrame(rows, geometry=cells, crs=4326)


def strikemap_page(extractions, regions) -> str:
    """Render the strikemap page."""
    return render_html(build_map(extractions, regions, title="Benchmark"))


def baseline_page(extractions) -> str:
    """Render a plain folium map: one CircleMarker with an escaped Popup per site."""
    m = folium.Map(location=[48.5, 31.5], zoom_start=6, tiles=None)
    m.default_js = [("leaflet", assets.LEAFLET_JS)]
    m.default_css = [("leaflet_css", assets.LEAFLET_CSS)]
    for ext in extractions:
        for rp in ext.places:
            folium.CircleMarker(
                [rp.place.lat, rp.place.lon],
                radius=6,
                fill=True,
                popup=folium.Popup(
                    f"<b>{escape_text(ext.report.title)}</b><br>{escape_text(rp.sentence)}"
                ),
            ).add_to(m)
    return assets.inline_assets(m.get_root().render())


def chromium_load(page: str, runs: int) -> float | None:
    """Return the median seconds headless Chromium takes to reach the page's load event."""
    chromium = shutil.which("chromium")
    if chromium is None:
        return None
    page = page.replace("<head>", "<head>" + PROBE, 1)
    times = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.html"
        path.write_text(page, encoding="utf-8")
        for _ in range(runs):
            proc = subprocess.run(
                [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                 "--window-size=1280,800", path.as_uri()],
                capture_output=True, text=True, timeout=600, check=True,
            )  # fmt: skip
            match = re.search(r'<pre id="bench-load">([0-9.]+)</pre>', proc.stdout)
            if match:
                times.append(float(html.unescape(match.group(1))) / 1000)
    return statistics.median(times) if times else None


def measure(render, runs: int) -> tuple[float, float, float | None]:
    """Return (Python seconds, HTML megabytes, Chromium load seconds) of one render."""
    start = time.perf_counter()
    page = render()
    seconds = time.perf_counter() - start
    return seconds, len(page.encode("utf-8")) / 1e6, chromium_load(page, runs)


def _cell(result: tuple[float, float, float | None] | None) -> str:
    """Format one measurement as ``render s / MB / load s``."""
    if result is None:
        return "skipped"
    py, mb, load = result
    shown = "n/a" if load is None else f"{load:.2f}"
    return f"{py:.2f} s / {mb:.1f} MB / {shown} s"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the Markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--baseline-max", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    lines = [
        "| impact sites | strikemap (Python render / HTML / Chromium load) "
        "| folium CircleMarker + Popup each (same) |",
        "| ---: | --- | --- |",
    ]
    for n in args.sizes:
        extractions = synthetic_extractions(n)
        regions = synthetic_regions(extractions)
        ours = measure(lambda e=extractions, r=regions: strikemap_page(e, r), args.runs)
        base = (
            measure(lambda e=extractions: baseline_page(e), args.runs)
            if n <= args.baseline_max
            else None
        )
        lines.append(f"| {n:,} | {_cell(ours)} | {_cell(base)} |")
        print(lines[-1], file=sys.stderr)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
