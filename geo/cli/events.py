"""``strikemap events``: group reports into events and write the event table, or append them
to a store (with either engine)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from geo.events.table import EventCounts

__all__ = ["add_parser", "run"]

EPILOG = (
    "examples:\n"
    "  strikemap events examples/ -o outputs/events.csv\n"
    "  strikemap events feed.jsonl --store events.gpkg --corrections corrections.csv\n"
    "  strikemap events --store events.gpkg -o outputs/events.geojson\n"
    "  strikemap events missile_attacks_daily.csv -o attacks_events.parquet"
)
_DESCRIPTION = (
    "Group the impacts of many reports into events (place, event date, side), list every\n"
    "source of each, reconcile their figures (each source's latest; across sources the\n"
    "highest tied to the place; never summed) and write the event table: CSV, GeoJSON,\n"
    "GeoPackage (layer events) or GeoParquet, by -o's suffix or --format. With --store, the\n"
    "reports are appended to a store (FILE.gpkg, or a folder of GeoParquet files): a report\n"
    "already stored is skipped, changed events are logged with why."
)


def add_parser(sub) -> None:
    """Register ``events`` on the subparsers of the command line."""
    p = sub.add_parser(
        "events",
        help="group reports into events; write an event table or append to a store",
        description=_DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "reports",
        nargs="*",
        metavar="INPUT",
        help="reports as for map and extract (none: export the --store)",
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="event table to write (default: CSV on stdout)"
    )
    p.add_argument(
        "--format",
        choices=("csv", "geojson", "gpkg", "parquet"),
        help="format of -o (default: by its suffix .csv .geojson .gpkg .parquet; else csv)",
    )
    p.add_argument(
        "--store",
        metavar="STORE",
        help="append to this store (FILE.gpkg, or a folder of GeoParquet files), created "
        "when missing; the events come from everything stored",
    )
    p.add_argument(
        "--corrections",
        metavar="FILE",
        help="analyst's corrections (CSV: id, place, field, value, note); with --store they "
        "replace the stored ones, which later appends apply",
    )
    add_input_options(p)
    add_force(p)


def _print_counts(counts: EventCounts, store_line: str = "") -> None:
    """The closing line on stderr: events, reports, and the events several reports tell."""
    print(
        f"strikemap: {counts.events} event(s) from {counts.reports} report(s); "
        f"{counts.several} told by several reports ({counts.merged} reports merged)"
        + (f"; {store_line}" if store_line else ""),
        file=sys.stderr,
    )


def run(args: argparse.Namespace) -> int:
    """Run ``strikemap events``."""
    if is_dask(args):
        return _run_dask(args)
    from geo.engines.progress import Summary
    from geo.events.build import corrections_of, group, warn_unmatched
    from geo.events.table import event_counts, event_rows, format_of, write_events
    from geo.extras import require
    from geo.places.gazetteer import load_gazetteer
    from geo.places.names import place_lookup, place_names

    check_inputs(args)
    if not args.reports and not args.store:
        raise InputError("give reports to read, or --store STORE to write its events")
    fmt = format_of(args.output, args.format)
    if fmt in ("gpkg", "parquet") and not args.output:
        raise InputError(f"--format {fmt} writes a file; give -o FILE")
    if fmt == "parquet":
        require("pyarrow", f"-o {args.output} (GeoParquet)")
    if args.store and Path(args.store).suffix.lower() != ".gpkg":
        require("pyarrow", f"--store {args.store} (a folder of GeoParquet files)")
    check_outputs(args, "output")
    gaz = load_gazetteer()
    names = place_names(gaz)
    corrections = corrections_of(args.corrections, gaz)
    summary = Summary()
    extractions = stream(args, summary) if args.reports else iter(())
    if args.store:
        from geo.events.store import update_store

        update = update_store(
            args.store,
            extractions,
            gaz.by_id,
            corrections=corrections,
            lookup=place_lookup(gaz),
            name_of=names,
        )
        events, outcome = update.events, update.outcome
        state = (
            f"{update.added} report(s) added, {update.skipped} already stored, "
            f"{len(update.changes)} change(s) logged"
            if update.written
            else f"unchanged ({update.skipped} report(s) already stored)"
        )
        store_line = f"store {args.store}: {state}"
    else:
        events, outcome = group(extractions, gaz, corrections)
        store_line = ""
    if args.reports:
        print_summary(summary)
    warn_unmatched(outcome)
    rows = event_rows(events, names)
    if args.output or not args.store:
        write_events(rows, args.output, fmt, None if args.output else stdout())
    _print_counts(event_counts(e.reports for e in events), store_line)
    return 0


def _run_dask(args: argparse.Namespace) -> int:
    """``strikemap events --engine dask``: a table (one file), or with ``--format parquet``
    a GeoParquet folder partitioned by event date written by the workers."""
    from geo.engines.dask_engine import event_rows, write_events_dataset
    from geo.engines.progress import Summary
    from geo.events.table import event_counts, format_of, report_ids, write_events

    check_inputs(args)
    if args.store or args.corrections:
        raise InputError(
            "--store and --corrections are not supported with --engine dask yet; write the "
            "event table, or run them with the default engine"
        )
    if not args.reports:
        raise InputError("give reports to read")
    fmt = format_of(args.output, args.format)
    summary = Summary()
    if fmt == "parquet":
        if not args.output:
            raise InputError("--format parquet writes a folder; give -o FOLDER")
        counts = write_events_dataset(
            args.reports,
            args.output,
            options=engine_options(args),
            summary=summary,
            **cluster(args),
        )
    else:
        if fmt == "gpkg" and not args.output:
            raise InputError("--format gpkg writes a file; give -o FILE")
        check_outputs(args, "output")
        rows = event_rows(
            args.reports, options=engine_options(args), summary=summary, **cluster(args)
        )
        write_events(rows, args.output, fmt, None if args.output else stdout())
        counts = event_counts(report_ids(r) for r in rows)
    print_summary(summary)
    _print_counts(counts)
    return 0
