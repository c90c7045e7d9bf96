"""Benchmark the map at 1k, 10k and 100k impact sites against plain folium markers.

For each size it builds synthetic extractions (one report per ten sites over seven dates,
random sites over Ukraine), then measures

- the Python time of ``build_map`` + ``render_html`` (strikemap) or of a plain folium map
  with one ``CircleMarker`` + ``Popup`` per site (baseline, same inlined Leaflet),
- the size of the HTML, and
- the time headless Chromium takes to reach the page's ``load`` event (scripts run, markers
  and clusters built), as the page measures it with ``performance.now()``; the median of
  ``--runs`` runs.

Then, per ``--pan-sizes`` size, it measures panning responsiveness: each page is served from a
local HTTP server to headless Chromium (real time, no virtual time budget); a probe script waits
for the load event and for every marker to be clustered, sets the same view (48.5 N 31.5 E, zoom
6), then runs a scripted sequence of moves: 20 ``panBy([±200, 0], {animate: false})`` (ten east,
ten back), ``setZoom(8)``, four pans, ``setZoom(6)``. After each move it waits for two
``requestAnimationFrame`` callbacks: the second runs once the frame showing the move has been
painted, so the step time is the move's JavaScript plus style, layout, canvas drawing and paint.
The probe posts its timings back to the server; Chromium is then stopped. The pages compared are
strikemap, plain folium ``CircleMarker`` + ``Popup`` per site (up to ``--baseline-max``) and
folium ``FastMarkerCluster`` (default markers in a cluster, no popups).

Usage::

    .venv/bin/python benchmarks/bench_render.py [--sizes 1000 10000 100000]
        [--baseline-max 10000] [--runs 3] [--pan-sizes 10000 100000] [--pan-runs 2]
        [--only-pan]
    .venv/bin/python benchmarks/bench_render.py --compare-with /tmp/render-base --runs 7

The second form compares the page's Chromium load at 10,000 sites (``--compare-sites``) with
an older checkout of the project (``git worktree add /tmp/render-base HEAD``), the two pages
loaded alternately.

It prints two Markdown tables. The CircleMarker baseline is skipped above ``--baseline-max``
sites (at 100k it takes over a minute to render; see ../shared/FOLIUM.md).
"""

from __future__ import annotations

import argparse
import contextlib
import html
import http.server
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import folium
import geopandas
import shapely
from folium.plugins import FastMarkerCluster

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.maps import assets  # noqa: E402
from geo.maps.render import CLUSTER_THRESHOLD, build_map, escape_text, render_html  # noqa: E402
from geo.records import Extraction, Place, Report, ResolvedPlace, Span  # noqa: E402

DATES = [f"2025-07-0{d}" for d in range(1, 8)]
# folium's Popup builds its content with jQuery's ``$(html)[0]``; the trimmed page has no jQuery
# (without this stand-in the baseline's script stopped at the first popup: one marker drawn).
JQUERY_SHIM = (
    "<script>window.$ = function (s) { var t = document.createElement('template');"
    " t.innerHTML = s.trim(); return [t.content.firstChild]; };</script>"
)
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
    page = assets.inline_assets(m.get_root().render())
    return page.replace("<head>", "<head>" + JQUERY_SHIM, 1)


def fast_cluster_page(extractions) -> str:
    """Render a plain folium FastMarkerCluster of the sites (default markers, no popups)."""
    m = folium.Map(location=[48.5, 31.5], zoom_start=6, tiles=None)
    m.options.update(maxZoom=18)  # the cluster needs it on the map
    m.default_js = [("leaflet", assets.LEAFLET_JS)]
    m.default_css = [("leaflet_css", assets.LEAFLET_CSS)]
    rows = [[rp.place.lat, rp.place.lon] for ext in extractions for rp in ext.places]
    cluster = FastMarkerCluster(
        rows, callback="function (row) { return L.marker([row[0], row[1]]); }"
    )
    cluster.default_js = [("markerclusterjs", assets.MARKERCLUSTER_JS)]
    cluster.default_css = [
        ("markerclustercss", assets.MARKERCLUSTER_CSS),
        ("markerclusterdefaultcss", assets.MARKERCLUSTER_DEFAULT_CSS),
    ]
    cluster.add_to(m)
    return assets.inline_assets(m.get_root().render())


# ---------------------------------------------------------------- panning

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-sync",
    "--hide-scrollbars",
    "--disable-background-timer-throttling",
    "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows",
    "--window-size=1280,800",
)
VIEW = (48.5, 31.5, 6)
PAN_PROBE = r"""
<script>
(function () {
  var EXPECTED = __EXPECTED__, VIEW = __VIEW__, errors = [];
  window.addEventListener("error", function (e) { errors.push(String(e.message)); });
  function post(out) {
    out.errors = errors;
    var x = new XMLHttpRequest();
    x.open("POST", "/result");
    x.setRequestHeader("Content-Type", "text/plain");
    x.send(JSON.stringify(out));
  }
  function globals(type) {
    return Object.keys(window).filter(function (k) {
      try { return window[k] instanceof type; } catch (e) { return false; }
    }).map(function (k) { return window[k]; });
  }
  function clustered() {  // markers the cluster groups hold (chunked loading fills them late)
    if (!L.MarkerClusterGroup) { return EXPECTED; }
    return globals(L.MarkerClusterGroup).reduce(function (n, g) {
      return n + (g._topClusterLevel ? g._topClusterLevel._childCount : 0);
    }, 0);
  }
  function frames(cb) {
    requestAnimationFrame(function () { requestAnimationFrame(cb); });
  }
  function sequence(map) {
    var steps = [], i;
    for (i = 0; i < 10; i++) { steps.push(["pan", [200, 0]]); }
    for (i = 0; i < 10; i++) { steps.push(["pan", [-200, 0]]); }
    steps.push(["zoom", VIEW[2] + 2]);
    steps.push(["pan", [200, 0]], ["pan", [0, 150]], ["pan", [-200, 0]], ["pan", [0, -150]]);
    steps.push(["zoom", VIEW[2]]);
    return steps;
  }
  function measure(map, out) {
    var steps = sequence(map), k = 0, start = performance.now(), idle = [];
    out.steps = [];
    function idleStep(n) {  // two frames with no move: the floor of a step
      if (n === 0) { return setTimeout(next, 0); }
      var t0 = performance.now();
      frames(function () { idle.push(performance.now() - t0); setTimeout(function () {
        idleStep(n - 1); }, 0); });
    }
    function next() {
      if (k === steps.length) {
        out.total = performance.now() - start;
        out.idle = idle;
        out.visibleMarkers = document.querySelectorAll(".leaflet-marker-icon").length;
        return post(out);
      }
      var step = steps[k++], t0 = performance.now();
      if (step[0] === "pan") { map.panBy(step[1], {animate: false}); }
      else { map.setZoom(step[1], {animate: false}); }
      var t1 = performance.now();
      frames(function () {
        out.steps.push([step[0], t1 - t0, performance.now() - t0]);
        setTimeout(next, 0);
      });
    }
    idleStep(5);
    start = performance.now();
  }
  window.addEventListener("load", function () {
    var out = {load: performance.now()}, waited = 0;
    try {
      var map = globals(L.Map)[0];
      (function wait() {
        if (clustered() < EXPECTED && waited < 120000) {
          waited += 100;
          return setTimeout(wait, 100);
        }
        out.ready = performance.now();
        out.clustered = clustered();
        map.setView([VIEW[0], VIEW[1]], VIEW[2], {animate: false});
        frames(function () { setTimeout(function () {
          try { measure(map, out); } catch (e) { out.probeError = String(e.stack || e); post(out); }
        }, 300); });
      })();
    } catch (e) { out.probeError = String(e.stack || e); post(out); }
  });
})();
</script>
"""


class _Server(http.server.ThreadingHTTPServer):
    """Serve one page at ``/page.html``; keep the body POSTed to ``/result``."""

    def __init__(self, page: bytes) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.page = page
        self.result: bytes | None = None
        self.done = threading.Event()


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path != "/page.html":
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.server.page)))
        self.end_headers()
        self.wfile.write(self.server.page)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(204)
        self.end_headers()
        self.server.result = body
        self.server.done.set()

    def log_message(self, *args) -> None:
        pass


def _stop(proc: subprocess.Popen) -> None:
    """Stop the Chromium this benchmark started (its own process group)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, 15)
            proc.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, 9)
            proc.wait(timeout=10)


def chromium_pan(page: str, expected: int, timeout: float = 300) -> dict | None:
    """Open ``page`` in headless Chromium, run the pan/zoom sequence, return the probe's data.

    ``expected`` is how many markers the page's cluster groups must hold before the sequence
    starts (0 for an unclustered page). Returns None without Chromium, or on a timeout.
    """
    chromium = shutil.which("chromium")
    if chromium is None:
        return None
    # The copy drops the page's CSP (connect-src 'none' would block posting the result).
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    probe = PAN_PROBE.replace("__EXPECTED__", str(expected)).replace(
        "__VIEW__", json.dumps(list(VIEW))
    )
    page = page.replace("<head>", "<head>" + probe, 1)
    server = _Server(page.encode("utf-8"))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/page.html"
    try:
        with tempfile.TemporaryDirectory() as profile:
            proc = subprocess.Popen(
                [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", url],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            try:
                finished = server.done.wait(timeout)
            finally:
                _stop(proc)
    finally:
        server.shutdown()
        server.server_close()
    if not finished or server.result is None:
        print(f"  pan probe timed out after {timeout:.0f} s", file=sys.stderr)
        return None
    return json.loads(server.result)


def pan_stats(results: list[dict]) -> dict | None:
    """Pool the steps of several runs: medians and worst cases in ms, sequence seconds."""
    results = [r for r in results if r and "steps" in r]
    if not results:
        return None
    pans = [s[2] for r in results for s in r["steps"] if s[0] == "pan"]
    zooms = [s[2] for r in results for s in r["steps"] if s[0] == "zoom"]
    return {
        "pan_median": statistics.median(pans),
        "pan_worst": max(pans),
        "pan_js_median": statistics.median(s[1] for r in results for s in r["steps"]
                                           if s[0] == "pan"),
        "zoom_median": statistics.median(zooms),
        "zoom_worst": max(zooms),
        "total": statistics.median(r["total"] for r in results) / 1000,
        "idle": statistics.median(t for r in results for t in r["idle"]),
        "ready": statistics.median(r["ready"] for r in results) / 1000,
        "errors": sorted({e for r in results for e in r["errors"]}),
    }  # fmt: skip


def measure_pan(render, expected: int, runs: int) -> dict | None:
    """Render a page and run the pan sequence ``runs`` times in fresh Chromium processes."""
    page = render()
    return pan_stats([chromium_pan(page, expected) for _ in range(runs)])


def _pan_cell(stats: dict | None, why: str = "skipped") -> str:
    """Format one pan measurement."""
    if stats is None:
        return why
    return (
        f"{stats['pan_median']:.0f} / {stats['pan_worst']:.0f} ms · "
        f"{stats['zoom_median']:.0f} / {stats['zoom_worst']:.0f} ms · "
        f"{stats['total']:.1f} s"
    )


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


def load_table(args) -> list[str]:
    """Return the load table's lines (render time, HTML size, Chromium load)."""
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
    return lines


def pan_table(args) -> list[str]:
    """Return the panning table's lines."""
    lines = [
        "| impact sites | strikemap | folium CircleMarker + Popup each "
        "| folium FastMarkerCluster |",
        "| ---: | --- | --- | --- |",
    ]
    for n in args.pan_sizes:
        extractions = synthetic_extractions(n)
        regions = synthetic_regions(extractions)
        expected = n if n > CLUSTER_THRESHOLD else 0
        cells = []
        pages = [
            ("strikemap", lambda e=extractions, r=regions: strikemap_page(e, r), expected),
            ("circlemarker", lambda e=extractions: baseline_page(e), 0),
            ("fastmarkercluster", lambda e=extractions: fast_cluster_page(e), n),
        ]
        for label, render, want in pages:
            if label == "circlemarker" and n > args.baseline_max:
                cells.append("skipped (about 70 s to render, see FOLIUM.md)")
                continue
            stats = measure_pan(render, want, args.pan_runs)
            if stats is not None:
                print(
                    f"  {n:,} {label}: ready {stats['ready']:.1f} s after start, "
                    f"idle frame pair {stats['idle']:.0f} ms, "
                    f"pan JS median {stats['pan_js_median']:.0f} ms, errors {stats['errors']}",
                    file=sys.stderr,
                )
            cells.append(_pan_cell(stats, "n/a (no Chromium or timed out)"))
        lines.append(f"| {n:,} | " + " | ".join(cells) + " |")
        print(lines[-1], file=sys.stderr)
    return lines


def write_page(n: int, target: Path) -> None:
    """Write the strikemap page of ``n`` synthetic sites to ``target`` (for a comparison)."""
    extractions = synthetic_extractions(n)
    target.write_text(strikemap_page(extractions, synthetic_regions(extractions)), "utf-8")


def compare_load(baseline: Path, n: int, runs: int) -> str:
    """Measure Chromium load of this checkout's page and a baseline checkout's, alternately.

    The baseline (for example ``git worktree add /tmp/render-base HEAD``, or an unpacked
    ``git archive``) writes its page with its own code; the two pages are then loaded one after
    the other ``runs`` times each, so both see the same machine load.
    """
    with tempfile.TemporaryDirectory() as folder:
        ours, theirs = Path(folder) / "ours.html", Path(folder) / "base.html"
        write_page(n, ours)
        # Any checkout whose bench_render has synthetic_extractions/regions and strikemap_page.
        code = (
            "import sys; sys.path[:0] = ['.', 'benchmarks']; import bench_render as b; "
            f"e = b.synthetic_extractions({n}); "
            f"open({str(theirs)!r}, 'w', encoding='utf-8').write("
            "b.strikemap_page(e, b.synthetic_regions(e)))"
        )
        subprocess.run([sys.executable, "-c", code], check=True, cwd=baseline)
        times: dict[str, list[float]] = {"ours": [], "base": []}
        for _ in range(runs):
            for key, page in (("base", theirs), ("ours", ours)):
                seconds = chromium_load(page.read_text("utf-8"), 1)
                if seconds is not None:
                    times[key].append(seconds)
    if not times["ours"] or not times["base"]:
        return "no Chromium: nothing measured"
    mine, base = statistics.median(times["ours"]), statistics.median(times["base"])
    return (
        f"{n:,} sites, Chromium load, median of {runs}: this checkout {mine:.2f} s, "
        f"baseline {base:.2f} s, ratio {mine / base:.2f}x"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the Markdown tables."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write-page", nargs=2, metavar=("N", "FILE"),
                    help="only write the strikemap page of N sites to FILE")  # fmt: skip
    ap.add_argument(
        "--compare-with",
        metavar="DIR",
        type=Path,
        help="only compare Chromium load at --compare-sites with the checkout in DIR",
    )
    ap.add_argument("--compare-sites", type=int, default=10_000)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--baseline-max", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pan-sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--pan-runs", type=int, default=2)
    ap.add_argument("--only-pan", action="store_true", help="skip the load table")
    args = ap.parse_args(argv)
    if args.write_page:
        write_page(int(args.write_page[0]), Path(args.write_page[1]))
        return 0
    if args.compare_with:
        print(compare_load(args.compare_with, args.compare_sites, args.runs))
        return 0
    tables = []
    if not args.only_pan:
        tables.append("\n".join(load_table(args)))
    if args.pan_sizes:
        lines = pan_table(args)
        lines.insert(
            0,
            "Each cell: pan step median / worst · zoom step median / worst · "
            "whole sequence (20 + 4 pans, 2 zooms).\n",
        )
        tables.append("\n".join(lines))
    print("\n\n".join(tables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
