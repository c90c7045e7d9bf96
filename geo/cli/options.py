"""The pieces of the command line's parser: its error handling, the types of option values,
the option groups several commands share, and what the engines are given of the options."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import TYPE_CHECKING

from geo.patterns import compiled

if TYPE_CHECKING:  # the CLI imports its stages lazily, to start fast
    from geo.engines.dask_engine import Options
    from geo.read.reports import Columns

__all__ = [
    "Parser",
    "Version",
    "add_boundary_options",
    "add_force",
    "add_input_options",
    "columns_of",
    "engine_options",
    "iso_date",
    "limits",
    "positive_int",
    "seconds",
    "size",
]


class Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked for (the lookup
    imports ``importlib.metadata``, which every other run can do without)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from geo import __version__

        print(f"strikemap {__version__}")
        parser.exit()


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


# --------------------------------------------------------------------------- value types


def iso_date(value: str) -> str:
    """An ISO date of a real day (``2025-02-30`` is refused)."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO date of a real day; write YYYY-MM-DD"
        ) from None


def positive_int(value: str) -> int:
    """A whole number of 1 or more."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return number


def seconds(value: str) -> float:
    """Seconds, 0 for no limit."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not number >= 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds (0: no limit)")
    return number


_SIZE_RE = compiled(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.I)


def size(value: str) -> int:
    """A size in bytes: ``500K``, ``10M``, ``1G`` or a number; 0 for no limit."""
    m = _SIZE_RE.match(value)
    if not m:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a size; write e.g. 500K, 10M or 1G (0: no limit)"
        )
    scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
    return int(float(m.group(1)) * scale)


# --------------------------------------------------------------------------- shared options


def add_boundary_options(p: argparse.ArgumentParser) -> None:
    """Options of the commands that count in boundary units: a user's file and its columns."""
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


def add_force(p: argparse.ArgumentParser) -> None:
    """``--force``, of every command that writes a file."""
    p.add_argument(
        "--force",
        action="store_true",
        help="write through a symbolic link given as output (its target is replaced), or "
        "into a device or pipe such as /dev/null",
    )


def add_input_options(p: argparse.ArgumentParser) -> None:
    """Options of every command that reads reports: encoding, columns, time, bad lines."""
    g = p.add_argument_group("input")
    g.add_argument("--encoding", help="text encoding of the inputs (default: detect)")
    g.add_argument(
        "--skip-bad",
        action="store_true",
        help="skip bad files, lines and records (each listed at the end) instead of stopping",
    )
    g.add_argument("--since", type=iso_date, metavar="DATE", help="only reports on/after DATE")
    g.add_argument("--until", type=iso_date, metavar="DATE", help="only reports on/before DATE")
    g.add_argument(
        "-j",
        "--jobs",
        type=positive_int,
        default=1,
        metavar="N",
        help="worker processes (default 1)",
    )
    g.add_argument(
        "--max-report-size",
        type=size,
        default=None,
        metavar="SIZE",
        help="a report (text file, JSONL line, CSV record) larger than SIZE is a bad record: "
        "an error, or skipped under --skip-bad (default 10M; 0: no limit)",
    )
    g.add_argument(
        "--max-report-seconds",
        type=seconds,
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


# --------------------------------------------------------------------------- for the engines


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


def limits(args: argparse.Namespace) -> tuple[int, float | None]:
    """The size limit of one report in bytes and its time budget in seconds, from
    ``--max-report-size`` and ``--max-report-seconds`` or their defaults (0: none)."""
    from geo.engines.batch import DEFAULT_SECONDS
    from geo.read.reports import DEFAULT_MAX_BYTES

    size = DEFAULT_MAX_BYTES if args.max_report_size is None else args.max_report_size
    budget = DEFAULT_SECONDS if args.max_report_seconds is None else args.max_report_seconds
    return size, budget


def engine_options(args: argparse.Namespace) -> Options:
    """The :class:`geo.engines.dask_engine.Options` of the input options (``--engine dask``)."""
    from geo.engines.dask_engine import Options

    max_bytes, seconds = limits(args)
    return Options(
        columns=columns_of(args),
        encoding=args.encoding,
        max_bytes=max_bytes,
        seconds=seconds,
        skip_bad=args.skip_bad,
        since=args.since,
        until=args.until,
    )
