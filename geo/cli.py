"""The ``strikemap`` command: ``map``, ``extract``, ``events``, ``geocode`` and ``regions``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import warnings
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from geo.errors import InputError, OutputError, StrikemapError

if TYPE_CHECKING:  # the CLI imports its stages lazily, to start fast
    from geo.read.reports import Columns

__all__ = ["main"]

_EPILOGS = {
    "map": "examples:\n  strikemap map examples/ -o outputs/demo.html --title 'Night of 4 July'\n"
    "  strikemap map examples/ -o outputs/demo.html --png outputs/demo.png\n"
    "  strikemap map examples/ -o outputs/map.html --tiles OpenStreetMap.Mapnik",
    "extract": "example:\n  strikemap extract examples/kyiv_night.txt --format jsonl",
    "geocode": "examples:\n  strikemap geocode Kiev 'Kharkiv region' Zaporozhye --json\n"
    "  printf 'Odesa\\nSumy\\n' | strikemap geocode -",
    "regions": "example:\n  strikemap regions examples/ --format csv\n"
    "  strikemap regions examples/sumy_bombs.md --boundaries raions.geojson",
    "boundaries": "examples:\n  strikemap boundaries list\n"
    "  strikemap boundaries show admin1 --json",
}


#: Keyword arguments of the Python API that library messages name (``encoding=...``), and the
#: option each is on the command line. The library words its messages in Python terms
#: (:mod:`geo.errors`); :func:`cli_wording` rewords them for the command line.
CLI_OPTIONS = {
    "encoding": "--encoding",
    "layer": "--layer",
    "code_col": "--code-col",
    "name_col": "--name-col",
    "text_col": "--text-col",
    "place_col": "--place-col",
    "lat_col": "--lat-col",
    "lon_col": "--lon-col",
    "max_report_size": "--max-report-size",
    "max_report_seconds": "--max-report-seconds",
    "jobs": "--jobs",
    "skip_bad": "--skip-bad",
    "force": "--force",
    "scheduler": "--scheduler",
}
_KEYWORD_RE = re.compile(
    r"\b(" + "|".join(CLI_OPTIONS) + r")=(\.\.\.|True\b|'[^']*'|\"[^\"]*\"|[\w.:/+-]+)?"
)


def cli_wording(message: str) -> str:
    """A library message worded for the command line: each keyword argument it names
    (``encoding='cp1251'``, ``layer=...``, ``force=True``) becomes its option (``--encoding
    cp1251``, ``--layer``, ``--force``).

    >>> cli_wording("a.txt: cannot decode; pass encoding=... or encoding='koi8-r'")
    'a.txt: cannot decode; pass --encoding or --encoding koi8-r'
    >>> cli_wording("jobs=0: give 1 or more worker processes")
    '--jobs 0: give 1 or more worker processes'
    """

    def option(m: re.Match[str]) -> str:
        value = m.group(2) or ""
        if value in ("...", "True", ""):
            return CLI_OPTIONS[m.group(1)]
        return f"{CLI_OPTIONS[m.group(1)]} {value.strip(chr(39) + chr(34))}"

    return _KEYWORD_RE.sub(option, message)


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked for (the lookup
    imports ``importlib.metadata``, which every other run can do without)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from geo import __version__

        print(f"strikemap {__version__}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _add_boundary_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--boundaries",
        metavar="FILE",
        help="your own boundary file (GeoJSON, GeoPackage, Shapefile, zip, "
        "GeoParquet) instead of the embedded admin-1 layer",
    )
    p.add_argument("--layer", help="layer of a multi-layer boundary file")
    p.add_argument("--code-col", help="column of the boundary file holding unit codes")
    p.add_argument("--name-col", help="column of the boundary file holding unit names")
    p.add_argument(
        "--boundaries-credit",
        metavar="TEXT",
        help="attribution and licence of the boundary file for the map (default: from the "
        "file's metadata or columns, else its name with 'licence not stated')",
    )


def _iso_date(value: str) -> str:
    """An ISO date of a real day (``2025-02-30`` is refused)."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO date of a real day; write YYYY-MM-DD"
        ) from None


def _positive_int(value: str) -> int:
    """A whole number of 1 or more."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return number


def _seconds(value: str) -> float:
    """Seconds, 0 for no limit."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not number >= 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds (0: no limit)")
    return number


_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.I)


def _size(value: str) -> int:
    """A size in bytes: ``500K``, ``10M``, ``1G`` or a number; 0 for no limit."""
    m = _SIZE_RE.match(value)
    if not m:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a size; write e.g. 500K, 10M or 1G (0: no limit)"
        )
    scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
    return int(float(m.group(1)) * scale)


def _add_force(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--force",
        action="store_true",
        help="write through a symbolic link given as output (its target is replaced), or "
        "into a device or pipe such as /dev/null",
    )


def _add_input_options(p: argparse.ArgumentParser) -> None:
    """Options of every command that reads reports: encoding, columns, time, bad lines."""
    g = p.add_argument_group("input")
    g.add_argument("--encoding", help="text encoding of the inputs (default: detect)")
    g.add_argument(
        "--skip-bad",
        action="store_true",
        help="skip bad files, lines and records (each listed at the end) instead of stopping",
    )
    g.add_argument("--since", type=_iso_date, metavar="DATE", help="only reports on/after DATE")
    g.add_argument("--until", type=_iso_date, metavar="DATE", help="only reports on/before DATE")
    g.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes (default 1)",
    )
    g.add_argument(
        "--max-report-size",
        type=_size,
        default=None,
        metavar="SIZE",
        help="a report (text file, JSONL line, CSV record) larger than SIZE is a bad record: "
        "an error, or skipped under --skip-bad (default 10M; 0: no limit)",
    )
    g.add_argument(
        "--max-report-seconds",
        type=_seconds,
        default=None,
        metavar="S",
        help="a report whose extraction takes over S seconds of processor time is a bad "
        "record: an error, or skipped under --skip-bad (default 60; 0: no limit)",
    )
    for key, default in (("text", "text"), ("title", "title"), ("date", "date")):
        g.add_argument(
            f"--{key}-col", default=default, metavar="COL", help=f"JSONL/CSV {key} column"
        )
    for key in ("id", "source", "url"):
        g.add_argument(f"--{key}-col", default=key, metavar="COL", help=f"JSONL/CSV {key} column")
    g.add_argument(
        "--place-col", metavar="COL", help="event table column of free place text (impact)"
    )
    g.add_argument("--lat-col", metavar="COL", help="event table latitude column")
    g.add_argument("--lon-col", metavar="COL", help="event table longitude column")
    # here rather than from geo.engines.dask_engine, which every command would then import
    g.add_argument(
        "--engine",
        choices=("default", "dask"),
        default="default",
        help="default: this process (and --jobs workers); dask: a Dask cluster (install "
        "strikemap[dask]; --jobs N local worker processes, or --scheduler)",
    )
    g.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler of an existing cluster (tcp://host:8786); "
        "default: a LocalCluster of --jobs processes (at least 2)",
    )


def _parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="strikemap", description="Geocode strike reports and map them.")
    ap.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    sub = ap.add_subparsers(dest="command", required=True, parser_class=_Parser)
    fmt = argparse.RawDescriptionHelpFormatter

    p = sub.add_parser(
        "map",
        help="render reports as a layered HTML map",
        description="Render reports as a layered, self-contained HTML map.",
        epilog=_EPILOGS["map"],
        formatter_class=fmt,
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
    _add_input_options(p)
    _add_force(p)
    _add_boundary_options(p)

    p = sub.add_parser(
        "extract",
        help="print places, roles and facts of reports",
        description="Print the places each report names, their roles "
        "(impact, launch, mention)\nand the report's numbers.\n\n"
        'jsonl: a "type": "place" line per report and place, with "facts": the\n'
        "figures the text ties to that place (killed, wounded, drones, missiles,\n"
        "intercepted; only those stated, 0 when the text says none, {} when none are\n"
        'tied to it); then a "type": "report" line whose "facts" are the report\'s\n'
        "totals, which may be larger than the sum of its places'. geojson, csv and gpkg\n"
        "give each place its own figures (csv: fatalities = the place's killed) and the\n"
        "report's totals as report_killed, report_wounded, ...",
        epilog=_EPILOGS["extract"],
        formatter_class=fmt,
    )
    p.add_argument("reports", nargs="+", metavar="REPORT")
    p.add_argument(
        "--format",
        choices=("jsonl", "geojson", "csv", "gpkg", "parquet"),
        default="jsonl",
        help="output format (default jsonl: one JSON object a line; geojson: RFC 7946 "
        "FeatureCollection; csv: ACLED-like columns; gpkg: layers places and unresolved)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    _add_input_options(p)
    _add_force(p)

    p = sub.add_parser(
        "geocode",
        help="look names up in the offline gazetteer",
        description="Look place names up in the offline gazetteer and print "
        "their ranked candidates.",
        epilog=_EPILOGS["geocode"],
        formatter_class=fmt,
    )
    p.add_argument("names", nargs="+", metavar="NAME", help="place names; - reads stdin")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.add_argument("--limit", type=_positive_int, default=5, help="candidates per name (default 5)")

    p = sub.add_parser(
        "regions",
        help="per-region table of reports and casualties",
        description="Aggregate reports per boundary unit.",
        epilog=_EPILOGS["regions"],
        formatter_class=fmt,
    )
    p.add_argument("reports", nargs="+", metavar="REPORT")
    p.add_argument("--format", choices=("csv", "geojson"), default="csv")
    p.add_argument("--all", action="store_true", help="list units without reports too")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    _add_input_options(p)
    _add_force(p)
    _add_boundary_options(p)

    p = sub.add_parser(
        "boundaries",
        help="what boundary layers are embedded",
        description="List the embedded boundary layers, or show one: source, licence, "
        "feature count, countries and columns.",
        epilog=_EPILOGS["boundaries"],
        formatter_class=fmt,
    )
    p.add_argument("action", choices=("list", "show"))
    p.add_argument("name", nargs="?", metavar="NAME", help="layer to show: admin1 or admin0")
    p.add_argument("--json", action="store_true", help="print JSON")

    from geo.events.command import add_events_command

    add_events_command(sub, _add_input_options, _add_force)
    return ap


def columns_of(args: argparse.Namespace) -> Columns:
    """The table column names given by ``--text-col``, ``--title-col`` and the others."""
    from geo.read.reports import Columns

    return Columns(
        text=args.text_col,
        title=args.title_col,
        date=args.date_col,
        id=args.id_col,
        source=args.source_col,
        url=args.url_col,
        place=args.place_col,
        lat=args.lat_col,
        lon=args.lon_col,
    )


def _stream(args: argparse.Namespace, summary, encode=None) -> Iterator:
    """Extractions of the inputs, streamed in order, counted in ``summary``, with progress;
    with ``encode`` (see :func:`geo.engines.batch.run_batch`), what it makes of each."""
    if getattr(args, "engine", "default") == "dask":
        from geo.engines.dask_engine import stream

        for ext in stream(args, summary):
            yield ext if encode is None else encode(ext)
        return
    from geo.engines.batch import DEFAULT_SECONDS, run_batch
    from geo.engines.progress import Progress
    from geo.read.reports import DEFAULT_MAX_BYTES, iter_inputs
    from geo.read.tables import in_date_range

    columns = columns_of(args)
    on_skip = summary.skip if args.skip_bad else None
    max_bytes = DEFAULT_MAX_BYTES if args.max_report_size is None else args.max_report_size
    seconds = DEFAULT_SECONDS if args.max_report_seconds is None else args.max_report_seconds
    items = iter_inputs(
        args.reports,
        encoding=args.encoding,
        columns=columns,
        on_skip=on_skip,
        on_warn=summary.warn,
        max_bytes=max_bytes,
    )
    progress = Progress()
    try:
        for ext in run_batch(
            items, jobs=args.jobs, on_error=on_skip, seconds=seconds, encode=encode
        ):
            progress.update()
            date = ext.report.date if encode is None else ext.date
            if not in_date_range(date, args.since, args.until):
                summary.filtered += 1
                continue
            summary.add(ext)
            yield ext
    finally:
        progress.close()


def _print_summary(summary) -> None:
    for line in summary.lines():
        print(cli_wording(line), file=sys.stderr)


def _extractions(args: argparse.Namespace, summary=None) -> list:
    from geo.engines.progress import Summary

    return list(_stream(args, summary if summary is not None else Summary()))


def _check_inputs(args: argparse.Namespace) -> None:
    """Options about the inputs that cannot be told apart by their type alone."""
    if args.since and args.until and args.since > args.until:
        raise InputError(
            f"--since {args.since} is after --until {args.until}; no report could be kept"
        )


def _outputs(args: argparse.Namespace, *options: str):
    """Check every output file of the command before any work starts."""
    from geo.output.atomic import check_output

    for option in options:
        path = getattr(args, option, None)
        if path is not None:
            check_output(path, force=args.force, option=f"--{option}")
    if "output" in options and args.output is None and sys.stdout is None:
        raise OutputError("standard output is closed; give -o FILE")


def _stdout():
    from geo.output.atomic import guard_stream

    return guard_stream(sys.stdout)


def _units(args: argparse.Namespace):
    from geo.places.boundaries import load_admin1
    from geo.places.user_boundaries import load_user_boundaries

    if args.boundaries:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UserWarning)
            units = load_user_boundaries(
                args.boundaries, layer=args.layer, code_col=args.code_col, name_col=args.name_col
            )
        for w in caught:
            print(f"strikemap: warning: {cli_wording(str(w.message))}", file=sys.stderr)
        return units
    return load_admin1()


def _cmd_boundaries(args: argparse.Namespace) -> int:
    from geo.places.boundaries import EMBEDDED, describe_embedded

    if args.action == "show" and not args.name:
        raise InputError(f"boundaries show needs a layer name: one of {list(EMBEDDED)}")
    names = [args.name] if args.action == "show" else list(EMBEDDED)
    infos = [describe_embedded(n) for n in names]
    if args.json:
        print(json.dumps(infos[0] if args.action == "show" else infos, ensure_ascii=False))
        return 0
    for info in infos:
        if args.action == "list":
            print(
                f"{info['name']}\t{info['features']} features\t"
                f"{len(info['countries'])} countries\t{info['licence'].split(' (')[0]}"
            )
            continue
        per = ", ".join(f"{c} {k}" for c, k in info["units_per_country"].items())
        for key, value in (
            ("name", info["name"]),
            ("file", info["file"]),
            ("level", info["level"]),
            ("features", info["features"]),
            ("countries", per if info["name"] == "admin1" else ", ".join(info["countries"])),
            ("columns", ", ".join(info["columns"])),
            ("crs", info["crs"]),
            ("bytes", info["bytes"]),
            ("source", info["source"]),
            ("licence", info["licence"]),
            ("changes", info["changes"]),
            ("built by", info["built_by"]),
        ):
            print(f"{key + ':':<11}{value}")
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from geo.engines.progress import Summary
    from geo.output import export
    from geo.output.atomic import atomic_open

    if args.format == "parquet":  # a GeoParquet folder partitioned by event_date
        from geo.engines.dask_engine import cmd_extract_parquet

        return cmd_extract_parquet(args)
    if args.format == "gpkg" and not args.output:
        raise InputError("--format gpkg writes a file; give -o FILE.gpkg")
    _check_inputs(args)
    _outputs(args, "output")
    summary = Summary()
    encode = None
    if args.format == "jsonl":  # written by the workers; this process only copies the text
        from geo.engines.batch import as_jsonl

        encode = as_jsonl
    stream = _stream(args, summary, encode)
    writers = {"jsonl": _write_text, "geojson": export.write_geojson}
    if args.format == "gpkg":
        export.write_gpkg(stream, args.output, admin1_name=_admin1_names())
    elif args.format == "csv":
        names = _admin1_names()
        if args.output:
            with atomic_open(args.output) as fh:
                export.write_csv(stream, fh, admin1_name=names)
        else:
            export.write_csv(stream, _stdout(), admin1_name=names)
    elif args.output:
        with atomic_open(args.output) as fh:
            writers[args.format](stream, fh)
    else:
        writers[args.format](stream, _stdout())
    _print_summary(summary)
    return 0


def _write_text(stream: Iterator, fh) -> None:
    """Write the text of each :class:`geo.engines.batch.Written` in turn."""
    for written in stream:
        fh.write(written.text)


def _admin1_names():
    """ISO 3166-2 code → first-level unit name, from the gazetteer (for the CSV's admin1)."""
    from geo.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    cache: dict[str, str | None] = {}

    def name(code: str) -> str | None:
        if code not in cache:
            unit = gaz.admin1(code)
            cache[code] = unit.name if unit else None
        return cache[code]

    return name


def _map_layer(args: argparse.Namespace):
    """The units ``map`` counts in: a user's file, or the embedded admin-1 layer (read
    without geopandas, which the map does not otherwise need)."""
    from geo.maps.units import UnitLayer

    if args.boundaries:
        return UnitLayer.from_frame(_units(args))
    return UnitLayer.embedded("admin1")


def _cmd_map(args: argparse.Namespace) -> int:
    from geo.engines.progress import Summary
    from geo.events.on_map import read_reports
    from geo.maps.page import boundary_credit, write_page
    from geo.maps.units import NEAREST_KM

    _check_inputs(args)
    _outputs(args, "output", "png")
    if args.png:  # an optional extra: say so before reading any report
        from geo.extras import require

        require("matplotlib", "--png")
    layer = _map_layer(args)
    summary = Summary()
    # A user's file is taken as drawn: a place in a hole of it is outside its units.
    max_km = 0.0 if args.boundaries else NEAREST_KM
    reports = read_reports(_stream(args, summary), args.by, layer, max_km)
    _print_summary(summary)
    title = args.title or reports.default_title()
    counting = "reports"
    collector = reports.collector
    if collector is None:
        from geo.events.command import events_for_map
        from geo.maps.collect import MapCollector

        events = events_for_map(reports.extractions, args.corrections)
        reports = None  # the reports' texts can go: the map draws the events
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


def _cmd_regions(args: argparse.Namespace) -> int:
    if args.engine == "dask":
        from geo.engines.dask_engine import cmd_regions

        return cmd_regions(args)
    from geo.engines.progress import Summary
    from geo.output.atomic import atomic_write
    from geo.places.boundaries import NEAREST_KM, per_unit

    _check_inputs(args)
    _outputs(args, "output")
    units = _units(args)
    summary = Summary()
    max_km = 0.0 if args.boundaries else NEAREST_KM  # a user's file is taken as drawn
    # Streamed: no extraction is kept; a user's file keeps its own code and name columns.
    regions = per_unit(_stream(args, summary), units, max_km=max_km)
    _print_summary(summary)
    if not args.all:
        regions = regions[regions["reports"] > 0]
    if args.format == "geojson":
        text = regions.to_json(drop_id=True) + "\n"
    else:
        text = regions.drop(columns="geometry").to_csv(index=False)
    if args.output:
        atomic_write(args.output, text)
    else:
        _stdout().write(text)
    return 0


def _cmd_events(args: argparse.Namespace) -> int:
    if args.engine == "dask":
        from geo.engines.dask_engine import cmd_events as dask_events

        return dask_events(args)
    from geo.events.command import cmd_events

    return cmd_events(args)


def _geocode_names(names: list[str]) -> list[str]:
    """The names to look up: arguments, and one a line from standard input for ``-``."""
    from geo.read.cleantext import clean_text
    from geo.read.decoding import decode_bytes

    out = []
    for n in names:
        if n != "-":
            out.append(clean_text(n).strip())
            continue
        if sys.stdin is None:
            raise InputError("<stdin>: standard input is closed; give the names as arguments")
        data = sys.stdin.buffer.read()
        if not data.strip():
            continue
        text = clean_text(decode_bytes(data, "<stdin>"))
        out.extend(line.strip() for line in text.splitlines() if line.strip())
    return out


def _cmd_geocode(args: argparse.Namespace) -> int:
    from geo.places.gazetteer import load_gazetteer

    out = _stdout()
    gaz = load_gazetteer()
    missing = 0
    for name in _geocode_names(args.names):
        cands = gaz.lookup(name)[: args.limit] if name else []
        missing += not cands
        rows = [
            {
                "name": c.place.name,
                "kind": c.place.kind,
                "country": c.place.country,
                "admin1": c.place.admin1,
                "lat": c.place.lat,
                "lon": c.place.lon,
                "population": c.place.population,
                "geonameid": int(c.place.id[3:]) if c.place.id.startswith("gn:") else None,
                "id": c.place.id,
                "alias": c.alias,
                "exact": c.exact,
                "flag": c.flag,
            }
            for c in cands
        ]
        if args.json:
            out.write(json.dumps({"query": name, "candidates": rows}, ensure_ascii=False) + "\n")
        elif not rows:
            out.write(f"{name}: not found\n")
        else:
            for i, r in enumerate(rows, 1):
                where = f"{r['lat']:.4f}, {r['lon']:.4f}" if r["lat"] is not None else "-"
                out.write(
                    f"{name}\t{i}\t{r['name']}\t{r['kind']}\t{r['country']}\t"
                    f"{r['admin1'] or '-'}\t{where}\tpop {r['population']}\n"
                )
    return 1 if missing else 0


_COMMANDS = {
    "map": _cmd_map,
    "extract": _cmd_extract,
    "geocode": _cmd_geocode,
    "regions": _cmd_regions,
    "boundaries": _cmd_boundaries,
    "events": _cmd_events,
}


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that the exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):
        pass


def _finish(code: int) -> int:
    """Flush standard output inside the error handling, so a full disk is one line too."""
    if sys.stdout is not None:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
        except OSError as exc:
            from geo.output.atomic import describe_os_error

            _silence_stdout()
            print(
                f"strikemap: error: standard output: cannot write: {describe_os_error(exc)}",
                file=sys.stderr,
            )
            return 2
    return code


def _run(args: argparse.Namespace) -> int:
    from geo.engines.interrupts import Terminated, termination_handled
    from geo.output.atomic import describe_os_error

    try:
        with termination_handled():
            return _finish(_COMMANDS[args.command](args))
    except StrikemapError as exc:
        print(f"strikemap: error: {cli_wording(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        print("strikemap: interrupted; no output file was written", file=sys.stderr)
        return 130
    except Terminated as exc:
        print(f"strikemap: stopped by {exc.name}; no output file was written", file=sys.stderr)
        return exc.exit_status
    except MemoryError:
        print(
            "strikemap: error: out of memory; give fewer or smaller reports, or set "
            "--max-report-size lower",
            file=sys.stderr,
        )
        return 2
    except OSError as exc:
        name = f"{exc.filename}: " if exc.filename else ""
        print(f"strikemap: error: {name}{describe_os_error(exc)}", file=sys.stderr)
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    0 ok, 1 nothing found (``geocode``), 2 a bad input, option or output (one line on
    stderr), 70 an internal error (one line; set ``STRIKEMAP_DEBUG=1`` for the traceback),
    130 after Ctrl-C and 128 + the signal number after SIGTERM or SIGHUP. Temporary files
    are removed in every case.
    """
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except Exception as exc:
        if os.environ.get("STRIKEMAP_DEBUG"):
            raise
        print(
            f"strikemap: internal error: {type(exc).__name__}: {exc} (set STRIKEMAP_DEBUG=1 "
            "for details, and please report it)",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
