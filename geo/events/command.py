"""``strikemap events``: group reports into events and write the event table or a store; and
the events that ``strikemap map --by events`` draws."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from geo.errors import InputError
from geo.extras import require

__all__ = ["add_events_command", "cmd_events", "events_for_map"]

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


def add_events_command(
    sub,
    add_input_options: Callable[[argparse.ArgumentParser], None],
    add_force: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Register the ``events`` subcommand on the CLI's subparsers."""
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


def _gazetteer():
    """The shipped gazetteer."""
    from geo.places.gazetteer import load_gazetteer

    return load_gazetteer()


def _lookup(gaz) -> Callable[[str], object]:
    """Place id or name → the place (the first candidate of a name)."""

    def find(value: str):
        place = gaz.by_id(value.strip())
        if place is not None:
            return place
        found = gaz.lookup(value)
        return found[0].place if found else None

    return find


def _name_of(gaz) -> Callable[[str], str | None]:
    """Place id → its name, cached."""
    cache: dict[str, str | None] = {}

    def name(place_id: str) -> str | None:
        if place_id not in cache:
            place = gaz.by_id(place_id)
            cache[place_id] = place.name if place else None
        return cache[place_id]

    return name


def _corrections(path: str | None, gaz):
    """The corrections of ``path`` (None when no file is given)."""
    from geo.events.corrections import read_corrections

    return None if path is None else read_corrections(path, _lookup(gaz))


def _group(extractions: Iterable, gaz, corrections) -> tuple[list, object, int]:
    """Events of the reports, with corrections; and how many reports were read."""
    from geo.events.corrections import events_with_corrections
    from geo.events.grouping import sightings_of

    sightings = []
    n = 0
    for n, ext in enumerate(extractions, start=1):
        sightings.extend(sightings_of(ext, n - 1))
    events, outcome = events_with_corrections(sightings, gaz.by_id, corrections or (), _lookup(gaz))
    return events, outcome, n


def _warn_unmatched(outcome) -> None:
    """One warning line per correction that matched nothing."""
    for line in outcome.unmatched:
        print(f"strikemap: warning: correction not applied: {line}", file=sys.stderr)


def _merged(events: Sequence) -> tuple[int, int]:
    """Events told by more than one report, and the reports in them."""
    multi = [e for e in events if len(e.reports) > 1]
    return len(multi), len({r for e in multi for r in e.reports})


def cmd_events(args: argparse.Namespace) -> int:
    """Run ``strikemap events``."""
    from geo import cli
    from geo.engines.progress import Summary
    from geo.events.table import event_rows, format_of, write_events

    cli._check_inputs(args)
    if not args.reports and not args.store:
        raise InputError("give reports to read, or --store STORE to write its events")
    fmt = format_of(args.output, args.format)
    if fmt in ("gpkg", "parquet") and not args.output:
        raise InputError(f"--format {fmt} writes a file; give -o FILE")
    if fmt == "parquet":
        require("pyarrow", f"-o {args.output} (GeoParquet)")
    if args.store and Path(args.store).suffix.lower() != ".gpkg":
        require("pyarrow", f"--store {args.store} (a folder of GeoParquet files)")
    cli._outputs(args, "output")
    gaz = _gazetteer()
    corrections = _corrections(args.corrections, gaz)
    summary = Summary()
    stream = cli._stream(args, summary) if args.reports else iter(())
    if args.store:
        from geo.events.store import update_store

        update = update_store(
            args.store,
            stream,
            gaz.by_id,
            corrections=corrections,
            lookup=_lookup(gaz),
            name_of=_name_of(gaz),
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
        events, outcome, _n = _group(stream, gaz, corrections)
        store_line = ""
    if args.reports:
        cli._print_summary(summary)
    _warn_unmatched(outcome)
    rows = event_rows(events, _name_of(gaz))
    if args.output or not args.store:
        write_events(rows, args.output, fmt, None if args.output else cli._stdout())
    multi, merged = _merged(events)
    reports = len({r for e in events for r in e.reports})
    print(
        f"strikemap: {len(events)} event(s) from {reports} report(s); {multi} told by several "
        f"reports ({merged} reports merged)" + (f"; {store_line}" if store_line else ""),
        file=sys.stderr,
    )
    return 0


def events_for_map(extractions: Sequence, corrections_path: str | None) -> list:
    """The extractions ``map --by events`` draws: one per event (:mod:`geo.events.on_map`)."""
    from geo.events.on_map import event_extractions

    gaz = _gazetteer()
    events, outcome, _n = _group(extractions, gaz, _corrections(corrections_path, gaz))
    _warn_unmatched(outcome)
    return event_extractions(events, extractions)
