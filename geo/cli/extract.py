"""``strikemap extract``: the places, roles and facts of each report, as JSONL, GeoJSON, CSV,
GeoPackage or a GeoParquet folder (with either engine)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from geo.cli.options import add_force, add_input_options, engine_options
from geo.cli.running import (
    check_inputs,
    check_outputs,
    cluster,
    is_dask,
    print_summary,
    stdout,
    stream,
)
from geo.errors import InputError

__all__ = ["add_parser", "run"]

EPILOG = "example:\n  strikemap extract examples/kyiv_night.txt --format jsonl"
_DESCRIPTION = (
    "Print the places each report names, their roles "
    "(impact, launch, mention)\nand the report's numbers.\n\n"
    'jsonl: a "type": "place" line per report and place, with "facts": the\n'
    "figures the text ties to that place (killed, wounded, drones, missiles,\n"
    "intercepted; only those stated, 0 when the text says none, {} when none are\n"
    'tied to it); then a "type": "report" line whose "facts" are the report\'s\n'
    "totals, which may be larger than the sum of its places'. geojson, csv and gpkg\n"
    "give each place its own figures (csv: fatalities = the place's killed) and the\n"
    "report's totals as report_killed, report_wounded, ..."
)


def add_parser(sub) -> None:
    """Register ``extract`` on the subparsers of the command line."""
    p = sub.add_parser(
        "extract",
        help="print places, roles and facts of reports",
        description=_DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    add_input_options(p)
    add_force(p)


def run(args: argparse.Namespace) -> int:
    """Run ``strikemap extract``."""
    from geo.engines.progress import Summary
    from geo.output import export
    from geo.output.atomic import atomic_open
    from geo.places.names import admin1_names

    if args.format == "parquet":  # a GeoParquet folder partitioned by event_date
        return _run_parquet(args)
    if args.format == "gpkg" and not args.output:
        raise InputError("--format gpkg writes a file; give -o FILE.gpkg")
    check_inputs(args)
    check_outputs(args, "output")
    summary = Summary()
    encode = None
    if args.format == "jsonl":  # written by the workers; this process only copies the text
        from geo.engines.batch import as_jsonl

        encode = as_jsonl
    extractions = stream(args, summary, encode)
    writers = {"jsonl": _write_text, "geojson": export.write_geojson}
    if args.format == "gpkg":
        export.write_gpkg(extractions, args.output, admin1_name=admin1_names())
    elif args.format == "csv":
        names = admin1_names()
        if args.output:
            with atomic_open(args.output) as fh:
                export.write_csv(extractions, fh, admin1_name=names)
        else:
            export.write_csv(extractions, stdout(), admin1_name=names)
    elif args.output:
        with atomic_open(args.output) as fh:
            writers[args.format](extractions, fh)
    else:
        writers[args.format](extractions, stdout())
    print_summary(summary)
    return 0


def _write_text(written: Iterator, fh) -> None:
    """Write the text of each :class:`geo.engines.batch.Written` in turn."""
    for one in written:
        fh.write(one.text)


def _run_parquet(args: argparse.Namespace) -> int:
    """``strikemap extract --format parquet -o FOLDER`` with either engine."""
    from geo.engines.dask_engine import write_places_dataset, write_places_local
    from geo.engines.progress import Summary
    from geo.extras import require

    if not args.output:
        raise InputError("--format parquet writes a folder; give -o FOLDER")
    if not is_dask(args):  # the dask extra brings pyarrow, and Dask's own check names it
        require("pyarrow", "--format parquet")
    check_inputs(args)
    summary = Summary()
    if is_dask(args):
        n = write_places_dataset(
            args.reports,
            args.output,
            options=engine_options(args),
            summary=summary,
            **cluster(args),
        )
    else:
        n = write_places_local(stream(args, summary), args.output)
    print_summary(summary)
    print(f"wrote {args.output}: {n} place row(s), partitioned by event_date", file=sys.stderr)
    return 0
