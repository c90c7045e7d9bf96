"""``strikemap map``: reports, or the events they tell, as a layered HTML map (and a PNG)."""

from __future__ import annotations

import argparse
import sys

from geo.cli.options import add_boundary_options, add_force, add_input_options
from geo.cli.running import check_inputs, check_outputs, print_summary, stream, units

__all__ = ["add_parser", "run"]

EPILOG = (
    "examples:\n  strikemap map examples/ -o outputs/demo.html --title 'Night of 4 July'\n"
    "  strikemap map examples/ -o outputs/demo.html --png outputs/demo.png\n"
    "  strikemap map examples/ -o outputs/map.html --tiles OpenStreetMap.Mapnik"
)


def add_parser(sub) -> None:
    """Register ``map`` on the subparsers of the command line."""
    p = sub.add_parser(
        "map",
        help="render reports as a layered HTML map",
        description="Render reports as a layered, self-contained HTML map.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "reports",
        nargs="+",
        metavar="REPORT",
        help="text/Markdown/HTML files, directories, JSONL or CSV; - for stdin",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="HTML file to write")
    p.add_argument("--title", help="map title (default: from the reports)")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--offline",
        action="store_true",
        help="no request leaves the page (the default): scripts inlined, a basemap drawn "
        "from the embedded boundaries",
    )
    where.add_argument(
        "--tiles",
        metavar="PROVIDER",
        help="online web tiles from an xyzservices provider (e.g. OpenStreetMap.Mapnik), "
        "with its attribution; scripts stay inlined",
    )
    p.add_argument(
        "--fragment",
        action="store_true",
        help="write an embeddable <div> (a sandboxed iframe holding the page) instead of "
        "a full page",
    )
    p.add_argument(
        "--png",
        metavar="FILE",
        help="also write a static PNG image (regions, sites, title, legend) for PDF reports",
    )
    p.add_argument(
        "--by",
        choices=("auto", "reports", "events"),
        default="auto",
        help="draw reports, or events (one strike told by many sources is one; regions "
        "shaded by events); auto (default): events when the reports come from more than one "
        "source",
    )
    p.add_argument(
        "--corrections", metavar="FILE", help="analyst's corrections for --by events (CSV)"
    )
    add_input_options(p)
    add_force(p)
    add_boundary_options(p)


def _map_layer(args: argparse.Namespace):
    """The units ``map`` counts in: a user's file, or the embedded admin-1 layer (read
    without geopandas, which the map does not otherwise need)."""
    from geo.maps.units import UnitLayer

    if args.boundaries:
        return UnitLayer.from_frame(units(args))
    return UnitLayer.embedded("admin1")


def run(args: argparse.Namespace) -> int:
    """Run ``strikemap map``."""
    from geo.engines.progress import Summary
    from geo.events.on_map import read_reports
    from geo.maps.page import boundary_credit, write_page
    from geo.places.nearest import nearest_km

    check_inputs(args)
    check_outputs(args, "output", "png")
    if args.png:  # an optional extra: say so before reading any report
        from geo.extras import require

        require("matplotlib", "--png")
    layer = _map_layer(args)
    summary = Summary()
    max_km = nearest_km(bool(args.boundaries))
    reports = read_reports(
        stream(args, summary), args.by, layer, max_km, every_place=bool(args.corrections)
    )
    print_summary(summary)
    title = args.title or reports.default_title()
    counting = "reports"
    collector = reports.collector
    if collector is None:
        from geo.events.build import events_for_map
        from geo.maps.collect import MapCollector

        events = events_for_map(reports.events, args.corrections)
        reports = None  # what grouping needed can go: the map draws the events
        collector, counting = MapCollector(layer, max_km).add_all(events).finish(), "events"
    credit = None
    if args.boundaries:
        credit = args.boundaries_credit or boundary_credit(args.boundaries, args.layer)
    own = {"counting": counting, "boundaries_credit": credit, "fit_to_units": bool(args.boundaries)}
    m = None
    if args.tiles:  # folium draws the tile layer; the default page needs no folium
        from geo.maps.render import map_of
        from geo.places.boundaries import load_admin0

        m = map_of(collector, title=title, basemap=load_admin0(), tiles=args.tiles, **own)
    png = None
    if args.png:
        from geo.maps.static import render_png
        from geo.places.boundaries import load_admin0

        png = render_png(collector, title=title, basemap=load_admin0(), **own)
    if m is not None:
        from geo.maps.render import write_html

        write_html(m, args.output, fragment=args.fragment, title=title)
    else:
        write_page(collector, args.output, title=title, fragment=args.fragment, **own)
    if png is not None:
        from geo.output.atomic import atomic_write

        atomic_write(args.png, png)
        print(f"wrote {args.png}", file=sys.stderr)
    print(
        f"wrote {args.output}: {collector.reports} {counting[:-1]}(s), "
        f"{collector.impact_mentions} impact place(s), {collector.shaded()} region(s) shaded",
        file=sys.stderr,
    )
    return 0
