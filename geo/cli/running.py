"""What the commands share when they run: checking inputs and outputs before any work,
streaming the extractions of the inputs (on either engine), the summary on stderr, standard
output, and the boundary units to count in."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Iterator

from geo.cli.options import columns_of, engine_options, limits
from geo.cli.wording import cli_wording
from geo.errors import InputError, OutputError

__all__ = [
    "check_inputs",
    "check_outputs",
    "cluster",
    "is_dask",
    "print_summary",
    "stdout",
    "stream",
    "units",
]


def check_inputs(args: argparse.Namespace) -> None:
    """Options about the inputs that cannot be told apart by their type alone."""
    if args.since and args.until and args.since > args.until:
        raise InputError(
            f"--since {args.since} is after --until {args.until}; no report could be kept"
        )


def check_outputs(args: argparse.Namespace, *options: str) -> None:
    """Check every output file of the command (``-o``, ``--png``) before any work starts."""
    from geo.output.atomic import check_output

    for option in options:
        path = getattr(args, option, None)
        if path is not None:
            check_output(path, force=args.force, option=f"--{option}")
    if "output" in options and args.output is None and sys.stdout is None:
        raise OutputError("standard output is closed; give -o FILE")


def stdout():
    """Standard output, guarded so that a failed write is one line of error."""
    from geo.output.atomic import guard_stream

    return guard_stream(sys.stdout)


def print_summary(summary) -> None:
    """The lines of a :class:`geo.engines.progress.Summary` on stderr."""
    for line in summary.lines():
        print(cli_wording(line), file=sys.stderr)


# --------------------------------------------------------------------------- the engines


def is_dask(args: argparse.Namespace) -> bool:
    """True under ``--engine dask``."""
    return getattr(args, "engine", "default") == "dask"


def cluster(args: argparse.Namespace) -> dict:
    """The keyword arguments of :func:`geo.engines.dask_engine.connect`."""
    return {"scheduler": args.scheduler, "workers": max(2, args.jobs)}


def stream(args: argparse.Namespace, summary, encode=None) -> Iterator:
    """Extractions of the inputs, streamed in order, counted in ``summary``, with progress;
    with ``encode`` (see :func:`geo.engines.batch.run_batch`), what it makes of each."""
    if is_dask(args):
        from geo.engines.dask_engine import extract

        for ext in extract(
            args.reports, options=engine_options(args), summary=summary, **cluster(args)
        ):
            yield ext if encode is None else encode(ext)
        return
    from geo.engines.batch import run_batch
    from geo.engines.progress import Progress
    from geo.read.reports import Sources
    from geo.read.tables import in_date_range

    columns = columns_of(args)
    on_skip = summary.skip if args.skip_bad else None
    max_bytes, seconds = limits(args)
    # read where extracted: with --jobs, the workers parse the JSONL lines
    sources = Sources(
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
            sources, jobs=args.jobs, on_error=on_skip, seconds=seconds, encode=encode
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


# --------------------------------------------------------------------------- boundary units


def units(args: argparse.Namespace):
    """The units of ``--boundaries`` (its warnings printed, worded for the command line), or
    the embedded admin-1 layer."""
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
