"""``--engine dask``: extraction, per-unit aggregates and event grouping on a Dask cluster.

The engine runs the same stages as the single-process tool, partition by partition on the
workers: inputs are read by :func:`geo.read.reports.iter_inputs` (Parquet row groups through the
JSONL reader), each record is extracted by the function :mod:`geo.engines.batch` uses, per-unit
figures come from :func:`geo.places.boundaries.assign_impacts` and events from
:func:`geo.events.corrections.events_with_corrections`. What is global is done on the cluster with
Dask DataFrames:

- **deduplication** (a report given twice counts once, the first in input order): a
  group-by on the 16-byte digest of every record; only the duplicates reach the client;
- **per-unit aggregates** (and per unit and day): a group-by on the unit code of every
  impact place (distinct reports and sites, summed figures);
- **events**: the sightings are shuffled by event date (events never span two dates, and an
  undated impact stays with its report), each date is grouped on one worker.

Outputs are identical, record by record, to the single-process run: the single-file formats
are streamed partition by partition, in input order, through the same writers; GeoParquet
datasets are written by the workers, one folder per event date (``event_date=YYYY-MM-DD``,
``event_date=__HIVE_DEFAULT_PARTITION__`` for undated rows). The gazetteer and the
boundaries are loaded once per worker process (cached), never once per task.

Dask is an extra (``pip install 'strikemap[dask]'``); nothing here is imported by the
default engine.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import glob
import hashlib
import json
import logging
import os
import pickle
import shutil
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.errors import InputError, StrikemapError
from geo.read.reports import DEFAULT_MAX_BYTES, TABLE_SUFFIXES, TEXT_SUFFIXES, Columns

if TYPE_CHECKING:
    from geo.events.table import EventCounts

__all__ = [
    "NULL_DATE",
    "Options",
    "Part",
    "PartSummary",
    "connect",
    "event_rows",
    "extract",
    "plan",
    "regions",
    "unit_days",
    "write_events_dataset",
    "write_places_dataset",
    "write_places_local",
]

#: Folder name of rows without a date in a dataset partitioned by ``event_date`` (Hive's).
NULL_DATE = "__HIVE_DEFAULT_PARTITION__"
PARQUET_SUFFIXES = {".parquet", ".pq"}
#: Text files (one report each) read as one partition.
FILES_PER_PART = 256
#: Marker file of a dataset folder this engine wrote (so a rerun may replace it).
MARKER = "_strikemap_dataset.json"


def _pack(obj: object) -> str:
    """An object as a string cell (pickled; Latin-1 maps each byte to one character, so the
    cell survives Dask's conversion of object columns to Arrow strings)."""
    return pickle.dumps(obj, protocol=5).decode("latin-1")


def _unpack(cell: str) -> Any:
    """The object of a :func:`_pack` cell."""
    return pickle.loads(cell.encode("latin-1"))


# --------------------------------------------------------------------------- options


@dataclass(frozen=True)
class Options:
    """What every partition needs to know to read and extract its records.

    Parameters
    ----------
    columns : Columns
        Column names of JSONL, CSV and Parquet inputs.
    encoding : str or None
        Forced text encoding (default: detect per file).
    max_bytes : int
        Size limit of one record (0: none).
    seconds : float or None
        Time budget of one record; enforced only where a task runs in a worker's main
        thread (Dask runs tasks in threads, so in practice not on a cluster).
    skip_bad : bool
        List bad records and go on (``--skip-bad``); otherwise the first one stops the run.
    since, until : str or None
        ISO dates: keep reports published in the range.
    """

    columns: Columns = field(default_factory=Columns)
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    seconds: float | None = None
    skip_bad: bool = False
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class Part:
    """One partition of the input: a group of files, or one row group of a Parquet file.

    Parameters
    ----------
    number : int
        Its place in the input order.
    kind : {"files", "parquet"}
    paths : tuple of str
        The files (one for Parquet).
    row_group : int
        The Parquet row group.
    first_row : int
        The number (from 1) of the row group's first row in its file.
    """

    number: int
    kind: str
    paths: tuple[str, ...]
    row_group: int = 0
    first_row: int = 1


@dataclass
class PartSummary:
    """Counts of one partition, added into :class:`geo.engines.progress.Summary` on the client."""

    reports: int = 0
    places: int = 0
    impacts: int = 0
    unresolved: int = 0
    filtered: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def into(self, summary: Any) -> None:
        """Add these counts to ``summary`` (a :class:`geo.engines.progress.Summary`)."""
        summary.reports += self.reports
        summary.places += self.places
        summary.impacts += self.impacts
        summary.unresolved += self.unresolved
        summary.filtered += self.filtered
        summary.skipped.extend(self.skipped)
        summary.warnings.extend(self.warnings)


# --------------------------------------------------------------------------- the cluster


@contextlib.contextmanager
def connect(scheduler: str | None = None, workers: int = 2, client: Any = None) -> Iterator[Any]:
    """A ``distributed.Client``: of ``client``, of the cluster at ``scheduler``, or of a new
    ``LocalCluster`` of ``workers`` single-threaded processes (closed on exit).

    Raises
    ------
    StrikemapError
        When Dask is not installed, or the scheduler cannot be reached.
    """
    if client is not None:
        yield client
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise StrikemapError(
            "the Dask engine needs Dask; install it with: pip install 'strikemap[dask]'"
        ) from None
    if scheduler:
        try:
            c = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise StrikemapError(
                f"scheduler={scheduler!r}: cannot reach the scheduler ({exc}); check the "
                "address, or leave scheduler= out for a local cluster"
            ) from None
        try:
            yield c
        finally:
            c.close()
        return
    logging.getLogger("distributed.shuffle").setLevel(logging.ERROR)
    with (
        LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


# --------------------------------------------------------------------------- the input


def _expand(arg: str) -> list[Path]:
    """The files of one input argument: a file, a directory (recursively) or a glob."""
    if arg == "-":
        raise InputError("the Dask engine cannot read standard input ('-'); give files or folders")
    if any(ch in arg for ch in "*?["):
        found = [Path(p) for p in sorted(glob.glob(arg, recursive=True))]
        files = [f for p in found for f in (_dir_files(p) if p.is_dir() else [p])]
        if not files:
            raise InputError(f"{arg}: the pattern matches no file; check it")
        return files
    path = Path(arg)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory; check the path")
    return _dir_files(path) if path.is_dir() else [path]


def _dir_files(path: Path) -> list[Path]:
    suffixes = TEXT_SUFFIXES | TABLE_SUFFIXES | PARQUET_SUFFIXES
    files = sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file())
    if not files:
        raise InputError(
            f"{path}: the directory holds no .txt, .md, .html, .jsonl, .csv or .parquet reports"
        )
    return files


def plan(paths: Iterable[str], files_per_part: int = FILES_PER_PART) -> list[Part]:
    """The partitions of the inputs, in input order.

    A JSONL or CSV file is one partition, each row group of a Parquet file is one, and runs
    of text files (one report each) are grouped ``files_per_part`` at a time. Only file
    names and Parquet footers are read here.

    Raises
    ------
    InputError
        For a missing path, a pattern matching nothing, or standard input.
    """
    parts: list[Part] = []
    texts: list[str] = []

    def flush() -> None:
        while texts:
            parts.append(Part(len(parts), "files", tuple(texts[:files_per_part])))
            del texts[:files_per_part]

    for arg in paths:
        for f in _expand(arg):
            suffix = f.suffix.lower()
            if suffix in PARQUET_SUFFIXES:
                flush()
                parts.extend(_parquet_parts(f, len(parts)))
            elif suffix in TABLE_SUFFIXES:
                flush()
                parts.append(Part(len(parts), "files", (str(f),)))
            else:
                texts.append(str(f))
    flush()
    return parts


def _parquet_parts(path: Path, start: int) -> list[Part]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a readable Parquet file ({exc}); check it") from None
    out, first = [], 1
    for g in range(meta.num_row_groups):
        out.append(Part(start + len(out), "parquet", (str(path),), g, first))
        first += meta.row_group(g).num_rows
    return out


def _json_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)


def _parquet_items(part: Part, opt: Options, on_skip: Callable[[str, str], None]) -> Iterator:
    """The records of one Parquet row group, read as the JSONL lines they would be."""
    import pyarrow.parquet as pq

    from geo.read.reports import _jsonl_item, _Line

    path = Path(part.paths[0])
    table = pq.ParquetFile(path).read_row_group(part.row_group)
    for i, row in enumerate(table.to_pylist()):
        n = part.first_row + i
        try:
            line = _Line(n, json.dumps(row, ensure_ascii=False, default=_json_value))
            yield _jsonl_item(path, line, opt.columns.lowered())
        except Exception as exc:  # one record, never the run
            on_skip(f"{path}:{n}", str(exc).removeprefix(f"{path}:{n}: "))


def _items(part: Part, opt: Options, summary: PartSummary | None) -> Iterator:
    """The records of one partition in order; bad ones listed in ``summary``."""
    from geo.read.reports import iter_inputs

    def skip(where: str, reason: str) -> None:
        if summary is not None:
            summary.skipped.append((where, reason))

    def warn(where: str, message: str) -> None:
        if summary is not None:
            summary.warnings.append((where, message))

    if part.kind == "parquet":
        yield from _parquet_items(part, opt, skip)
        return
    yield from iter_inputs(
        part.paths,
        encoding=opt.encoding,
        columns=opt.columns,
        on_skip=skip,
        on_warn=warn,
        max_bytes=opt.max_bytes,
    )


def _digest(item: Any) -> str:
    """The deduplication key of :func:`geo.read.reports.iter_inputs`, as 32 hex digits."""
    from geo.read.reports import Report

    if isinstance(item, Report):
        key = item.text
    else:
        cells = sorted(item.fields.items())
        key = "\x1f".join([item.id, *(f"{k}\x1e{v}" for k, v in cells)])
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _order(part: Part, seq: int) -> int:
    """A record's place in the whole input: partition, then position in it."""
    return (part.number << 32) | seq


def _keys_frame(part: Part, opt: Options):
    """Digest and order of every record of a partition (the first pass, no extraction)."""
    import pandas as pd

    rows = [(_digest(item), _order(part, seq)) for seq, item in enumerate(_items(part, opt, None))]
    return pd.DataFrame(rows, columns=["digest", "order"]).astype({"order": "int64"})


def _duplicates(client: Any, parts: Sequence[Part], opt: Options) -> dict[int, frozenset[int]]:
    """Per partition, the positions of records seen earlier in the input (by a group-by on
    the cluster; only the duplicates come back)."""
    import dask.dataframe as dd
    import pandas as pd

    meta = pd.DataFrame(
        {"digest": pd.Series([], dtype=object), "order": pd.Series([], dtype="int64")}
    )
    keys = dd.from_map(_keys_frame, list(parts), args=(opt,), meta=meta, enforce_metadata=False)
    first = keys.groupby("digest")["order"].min().to_frame("first")
    joined = keys.merge(first, left_on="digest", right_index=True, how="inner")
    dups = joined[joined["order"] != joined["first"]]["order"]
    found = client.compute(dups).result()
    out: dict[int, set[int]] = {}
    for order in found.tolist():
        out.setdefault(order >> 32, set()).add(order & 0xFFFFFFFF)
    return {k: frozenset(v) for k, v in out.items()}


# --------------------------------------------------------------------------- extraction


def _extractions(part: Part, opt: Options, drops: frozenset[int], summary: PartSummary):
    """``(order, Extraction)`` of each record kept, in order; counted in ``summary``."""
    from geo.engines.batch import _handle, _one
    from geo.places.gazetteer import load_gazetteer  # cached: once per worker process
    from geo.read.tables import in_date_range

    gaz = load_gazetteer()
    for seq, item in enumerate(_items(part, opt, summary)):
        if seq in drops:
            continue
        ext = _handle(_one(item, gaz, opt.seconds), lambda w, r: summary.skipped.append((w, r)))
        if ext is None:
            continue
        if not in_date_range(ext.report.date, opt.since, opt.until):
            summary.filtered += 1
            continue
        summary.reports += 1
        summary.places += len(ext.places)
        summary.impacts += sum(1 for p in ext.places if p.role == "impact")
        summary.unresolved += len(ext.unresolved)
        yield _order(part, seq), ext


def _extract_part(part: Part, opt: Options, drops: frozenset[int]):
    """Task: the extractions of one partition."""
    summary = PartSummary()
    exts = [ext for _order_, ext in _extractions(part, opt, drops, summary)]
    return summary, exts


def _check_bad(summary: PartSummary, opt: Options) -> None:
    """Without ``--skip-bad``, the first bad record stops the run (as single-process)."""
    if summary.skipped and not opt.skip_bad:
        where, reason = summary.skipped[0]
        raise InputError(f"{where}: {reason}")


def _in_order(
    client: Any, fn: Callable, parts: Sequence[Part], *args: Any, window: int = 0
) -> Iterator[Any]:
    """Results of ``fn(part, *args)`` for every part, in order, at most ``window`` in flight
    (default four per worker): memory on the client and cluster stays flat."""
    window = window or 4 * max(1, len(client.scheduler_info().get("workers", {})))
    it = iter(parts)
    pending: deque = deque()
    for part in islice(it, window):
        pending.append(client.submit(fn, part, *args, pure=False))
    while pending:
        future = pending.popleft()
        result = future.result()
        future.release()
        nxt = next(it, None)
        if nxt is not None:
            pending.append(client.submit(fn, nxt, *args, pure=False))
        yield result


def extract(
    paths: Iterable[str],
    *,
    options: Options | None = None,
    summary: Any = None,
    client: Any = None,
    scheduler: str | None = None,
    workers: int = 2,
    on_part: Callable[[int], None] | None = None,
) -> Iterator:
    """Extract every report of ``paths`` on a Dask cluster, yielding them in input order.

    Parameters
    ----------
    paths : iterable of str
        Files, folders and globs of text, JSONL, CSV and Parquet reports.
    options : Options, optional
    summary : geo.engines.progress.Summary, optional
        Counts of the run (reports, places, skipped records, warnings).
    client : distributed.Client, optional
        Use this client; else ``scheduler``, else a ``LocalCluster`` of ``workers``.
    scheduler : str, optional
        Address of an existing scheduler.
    workers : int, default 2
        Worker processes of the local cluster.
    on_part : callable, optional
        Called with the number of partitions done so far, after each.

    Yields
    ------
    Extraction
        The same, in the same order, as :func:`geo.engines.batch.run_batch` on
        :func:`geo.read.reports.iter_inputs` of the same input.

    Raises
    ------
    InputError
        For the first bad record, without ``options.skip_bad``.
    """
    opt = options or Options()
    parts = plan(paths)
    with connect(scheduler, workers, client) as c:
        drops = _duplicates(c, parts, opt)
        results = _in_order(c, _extract_task, parts, opt, drops)
        for done, (part_summary, exts) in enumerate(results, start=1):
            _check_bad(part_summary, opt)
            if summary is not None:
                part_summary.into(summary)
            yield from exts
            if on_part is not None:
                on_part(done)


def _extract_task(part: Part, opt: Options, drops: dict[int, frozenset[int]]):
    return _extract_part(part, opt, drops.get(part.number, frozenset()))


# --------------------------------------------------------------------------- per-task frames


def _mapped(
    client: Any, task: Callable, parts: Sequence[Part], opt: Options, drops: dict, *extra: Any
) -> tuple[list, list]:
    """Run ``task`` on every partition: futures of its summaries and of its frames."""
    results = client.map(task, list(parts), opt=opt, drops=drops, extra=extra, pure=False)
    summaries = client.map(_first, results, pure=False)
    frames = client.map(_second, results, pure=False)
    return summaries, frames


def _first(pair: tuple) -> Any:
    return pair[0]


def _second(pair: tuple) -> Any:
    return pair[1]


def _gather_summaries(client: Any, futures: list, opt: Options, summary: Any) -> None:
    for part_summary in client.gather(futures):
        _check_bad(part_summary, opt)
        if summary is not None:
            part_summary.into(summary)


# --------------------------------------------------------------------------- regions


@dataclass(frozen=True)
class UnitLayer:
    """Where a worker finds the boundary layer (loaded once per worker process)."""

    path: str | None = None
    layer: str | None = None
    code_col: str | None = None
    name_col: str | None = None


@functools.lru_cache(maxsize=4)
def _load_units(spec: UnitLayer):
    import warnings

    from geo.places.boundaries import _as_units, load_admin1
    from geo.places.user_boundaries import load_user_boundaries

    if spec.path is None:
        return _as_units(load_admin1())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        units = load_user_boundaries(
            spec.path, layer=spec.layer, code_col=spec.code_col, name_col=spec.name_col
        )
    return _as_units(units)


_UNIT_COLUMNS = ["code", "date", "report", "site", "killed", "wounded"]


def _units_task(part: Part, opt: Options, drops: dict, extra: tuple):
    """Task: one row per impact place of the partition that a unit holds."""
    import pandas as pd

    from geo.places.boundaries import SITE_KINDS, assign_impacts

    spec, max_km = extra
    summary = PartSummary()
    exts = [ext for _o, ext in _extractions(part, opt, drops.get(part.number, ()), summary)]
    rows = [
        (
            code,
            exts[r].report.date or "",
            exts[r].report.id,
            place.id if place.kind in SITE_KINDS else None,
            dead,
            hurt,
        )
        for r, place, code, (dead, hurt) in assign_impacts(exts, _load_units(spec), max_km=max_km)
        if code is not None
    ]
    frame = pd.DataFrame(rows, columns=_UNIT_COLUMNS).astype(
        {"killed": "int64", "wounded": "int64", "code": object, "site": object}
    )
    return summary, frame


def _unit_frame(
    parts: Sequence[Part], opt: Options, spec: UnitLayer, max_km: float, client: Any, summary: Any
):
    import dask.dataframe as dd
    import pandas as pd

    drops = _duplicates(client, parts, opt)
    summaries, frames = _mapped(client, _units_task, parts, opt, drops, spec, max_km)
    _gather_summaries(client, summaries, opt, summary)
    meta = pd.DataFrame({c: pd.Series([], dtype=object) for c in _UNIT_COLUMNS}).astype(
        {"killed": "int64", "wounded": "int64"}
    )
    return dd.from_delayed(frames, meta=meta, verify_meta=False)


def _counts(client: Any, ddf: Any, by: list[str]):
    """Per group: distinct reports, distinct sites, summed killed and wounded (on the
    cluster)."""
    import dask

    g = ddf.groupby(by)
    reports, sites, sums = dask.compute(
        g["report"].nunique(),
        g["site"].nunique(),
        g[["killed", "wounded"]].sum(),
        scheduler=client,
    )
    out = sums.join(reports.rename("reports"), how="outer").join(
        sites.rename("impact_sites"), how="outer"
    )
    return out.fillna(0).astype("int64")


def regions(
    paths: Iterable[str],
    *,
    units: Any = None,
    spec: UnitLayer | None = None,
    max_km: float | None = None,
    options: Options | None = None,
    summary: Any = None,
    client: Any = None,
    scheduler: str | None = None,
    workers: int = 2,
):
    """Per-unit reports, impact sites, killed and wounded of ``paths``, on the cluster.

    The same GeoDataFrame as :func:`geo.places.boundaries.aggregate` of the same input: the
    workers assign each impact place to its unit (:func:`geo.places.boundaries.assign_impacts`,
    the boundaries loaded once per worker) and the group-by on unit codes runs on the
    cluster; only the per-unit counts come back.

    Parameters
    ----------
    paths : iterable of str
    units : GeoDataFrame, optional
        The layer on the client (default: as ``spec`` says; the embedded admin-1 layer).
    spec : UnitLayer, optional
        Where workers read the layer (a user's file must be readable by every worker).
    max_km : float, optional
        Nearest-unit radius (default :func:`geo.places.boundaries.nearest_km` of the layer).
    options, summary, client, scheduler, workers
        As for :func:`extract`.
    """
    from geo.places.boundaries import nearest_km, unit_table

    spec = spec or UnitLayer()
    if max_km is None:
        max_km = nearest_km(spec.path is not None)
    parts = plan(paths)  # the inputs checked before a cluster starts
    layer = _load_units(spec) if units is None else units
    with connect(scheduler, workers, client) as c:
        ddf = _unit_frame(parts, options or Options(), spec, max_km, c, summary)
        counts = _counts(c, ddf, ["code"])
    col = {k: counts[k].to_dict() for k in ("reports", "impact_sites", "killed", "wounded")}
    return unit_table(layer, col["reports"], col["impact_sites"], col["killed"], col["wounded"])


def unit_days(
    paths: Iterable[str],
    *,
    spec: UnitLayer | None = None,
    max_km: float | None = None,
    options: Options | None = None,
    summary: Any = None,
    client: Any = None,
    scheduler: str | None = None,
    workers: int = 2,
):
    """Per unit and report date: reports, impact sites, killed and wounded (on the cluster).

    Returns
    -------
    pandas.DataFrame
        Columns ``code, date, reports, impact_sites, killed, wounded``, sorted by code and
        date (``date`` empty for undated reports); the same as
        :func:`geo.places.boundaries.aggregate` of each date's reports
        (:func:`geo.read.tables.group_by_date`), units without reports left out.
    """
    from geo.places.boundaries import nearest_km

    spec = spec or UnitLayer()
    if max_km is None:
        max_km = nearest_km(spec.path is not None)
    parts = plan(paths)  # the inputs checked before a cluster starts
    with connect(scheduler, workers, client) as c:
        ddf = _unit_frame(parts, options or Options(), spec, max_km, c, summary)
        counts = _counts(c, ddf, ["code", "date"])
    out = counts.reset_index()[["code", "date", "reports", "impact_sites", "killed", "wounded"]]
    return out.sort_values(["code", "date"]).reset_index(drop=True)


# --------------------------------------------------------------------------- events


def _sightings_task(part: Part, opt: Options, drops: dict, extra: tuple):
    """Task: every sighting of the partition, keyed by event date and input order."""
    import pandas as pd

    from geo.events.grouping import sightings_of

    summary = PartSummary()
    rows = []
    for order, ext in _extractions(part, opt, drops.get(part.number, ()), summary):
        for i, s in enumerate(sightings_of(ext, order)):
            rows.append((s.date.date or "", order, i, _pack(s)))
    frame = pd.DataFrame(rows, columns=["date", "order", "index", "blob"])
    return summary, frame.astype({"date": object, "order": "int64", "index": "int64"})


def _group_frame(frame: Any) -> Any:
    """Group each event date of a shuffled partition: its event rows, in order."""
    import pandas as pd

    from geo.events.corrections import events_with_corrections
    from geo.events.table import event_rows as table_rows
    from geo.places.gazetteer import load_gazetteer
    from geo.places.names import place_lookup, place_names

    gaz = load_gazetteer()
    out = []
    for date, group in frame.groupby("date", sort=True):
        group = group.sort_values(["order", "index"])
        sightings = [_unpack(b) for b in group["blob"]]
        events, _outcome = events_with_corrections(sightings, gaz.by_id, (), place_lookup(gaz))
        for rank, row in enumerate(table_rows(events, place_names(gaz))):
            out.append((date, rank, _pack(row)))
    return pd.DataFrame(out, columns=["date", "rank", "row"]).astype(
        {"date": object, "rank": "int64"}
    )


def _event_frame(parts: Sequence[Part], opt: Options, client: Any, summary: Any) -> Any:
    import dask.dataframe as dd
    import pandas as pd

    drops = _duplicates(client, parts, opt)
    summaries, frames = _mapped(client, _sightings_task, parts, opt, drops)
    _gather_summaries(client, summaries, opt, summary)
    meta = pd.DataFrame(
        {
            "date": pd.Series([], dtype=object),
            "order": pd.Series([], dtype="int64"),
            "index": pd.Series([], dtype="int64"),
            "blob": pd.Series([], dtype=object),
        }
    )
    sightings = dd.from_delayed(frames, meta=meta, verify_meta=False)
    shuffled = sightings.shuffle("date")
    rows_meta = pd.DataFrame(
        {
            "date": pd.Series([], dtype=object),
            "rank": pd.Series([], dtype="int64"),
            "row": pd.Series([], dtype=object),
        }
    )
    return shuffled.map_partitions(_group_frame, meta=rows_meta)


def _sorted_rows(frame: Any) -> list[dict]:
    frame = frame.assign(undated=frame["date"] == "")
    frame = frame.sort_values(["undated", "date", "rank"])
    return [_unpack(b) for b in frame["row"]]


def event_rows(
    paths: Iterable[str],
    *,
    options: Options | None = None,
    summary: Any = None,
    client: Any = None,
    scheduler: str | None = None,
    workers: int = 2,
) -> list[dict]:
    """The event table of ``paths`` grouped on the cluster, in order.

    The rows of :func:`geo.events.table.event_rows` of the single-process grouping: the
    sightings are shuffled by event date and each date grouped on one worker. The table
    (one row per event) comes back to the client; for a table too large for it, write it
    with :func:`write_events_dataset` instead.
    """
    parts = plan(paths)  # the inputs checked before a cluster starts
    with connect(scheduler, workers, client) as c:
        rows = _event_frame(parts, options or Options(), c, summary)
        frame = c.compute(rows).result()
    return _sorted_rows(frame)


def _write_date(frame: Any, target: str, kind: str) -> Any:
    """Write each date of a partition to ``target/event_date=DATE/part-0.parquet``."""
    import pandas as pd

    for date, group in frame.groupby("date", sort=True):
        folder = Path(target) / f"event_date={date or NULL_DATE}"
        folder.mkdir(parents=True, exist_ok=True)
        order = "rank" if kind == "events" else "order"
        rows = [_unpack(b) for b in group.sort_values(order)["row"]]
        table = _events_table(rows) if kind == "events" else _places_table(rows)
        table.drop(columns="event_date").to_parquet(folder / "part-0.parquet", index=False)
    return pd.DataFrame({"n": [len(frame)]})


def _events_table(rows: list[dict]) -> Any:
    from geo.events.table import event_frame

    return event_frame(rows)


def _refuse_target(dest: Path) -> None:
    """Refuse an existing path that is not a dataset of this engine (which is replaced)."""
    if dest.exists() and not (dest.is_dir() and (dest / MARKER).exists()):
        raise InputError(f"{dest}: exists and is not a dataset strikemap wrote; give a new folder")


@contextlib.contextmanager
def _dataset_dir(target: str) -> Iterator[Path]:
    """A temporary folder next to ``target``, moved into place at the end (an earlier
    dataset of this engine is replaced; any other existing path is refused, before any
    work: enter this before starting a cluster or extracting)."""
    dest = Path(target)
    _refuse_target(dest)
    tmp = dest.parent / f".{dest.name}.strikemap-{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        yield tmp
        (tmp / MARKER).write_text(json.dumps({"partitioned_by": "event_date"}) + "\n")
        if dest.exists():
            old = dest.parent / f".{dest.name}.strikemap-{os.getpid()}.old"
            dest.rename(old)
            tmp.rename(dest)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_events_dataset(
    paths: Iterable[str],
    target: str,
    *,
    options: Options | None = None,
    summary: Any = None,
    client: Any = None,
    scheduler: str | None = None,
    workers: int = 2,
) -> EventCounts:
    """Write the event table as GeoParquet files partitioned by event date, on the workers.

    Returns
    -------
    geo.events.table.EventCounts
        Events, reports, events told by several reports, and the reports in them (counted
        on the cluster by :func:`geo.events.table.event_counts`).
    """
    import dask

    parts = plan(paths)  # the inputs checked before a cluster starts
    with _dataset_dir(target) as tmp, connect(scheduler, workers, client) as c:
        rows = c.persist(_event_frame(parts, options or Options(), c, summary))
        written = rows.map_partitions(_write_date, str(tmp), "events", meta={"n": "int64"})
        c.compute(written["n"].sum()).result()  # every date folder written
        reports = [dask.delayed(_reports_per_event)(part) for part in rows.to_delayed()]
        return c.compute(dask.delayed(_event_counts)(reports)).result()


def _reports_per_event(frame: Any) -> list[list[str]]:
    """The report ids of each event row of a partition."""
    from geo.events.table import report_ids

    return [report_ids(_unpack(b)) for b in frame["row"]]


def _event_counts(reports: list[list[list[str]]]) -> EventCounts:
    """:func:`geo.events.table.event_counts` of every partition's events."""
    from geo.events.table import event_counts

    return event_counts(ids for part in reports for ids in part)


# --------------------------------------------------------------------------- places dataset


def _place_rows(exts: Iterable) -> Iterator[dict]:
    from geo.output.export import _csv_rows
    from geo.places.names import admin1_names

    names = admin1_names()
    for ext in exts:
        for row in _csv_rows(ext, names):
            if row["record"] == "place":
                yield row


def _places_table(rows: list[dict]) -> Any:
    """Rows of the ``places`` layer as a GeoDataFrame typed as the GeoPackage's."""
    import geopandas as gpd
    import pandas as pd
    from shapely import points

    from geo.output.export import _FIGURE_COLUMNS, CSV_COLUMNS

    frame = pd.DataFrame(rows, columns=CSV_COLUMNS)
    lon = pd.to_numeric(frame["longitude"], errors="coerce").astype("float64")
    lat = pd.to_numeric(frame["latitude"], errors="coerce").astype("float64")
    geometry = [
        None if pd.isna(x) or pd.isna(y) else pt
        for x, y, pt in zip(lon, lat, points(lon.fillna(0), lat.fillna(0)), strict=True)
    ]
    frame = frame.assign(latitude=lat, longitude=lon)
    for column in _FIGURE_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    for column in ("geo_precision",):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("int64")
    frame["confidence"] = pd.to_numeric(frame["confidence"], errors="coerce").astype("float64")
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def _places_task(part: Part, opt: Options, drops: dict, extra: tuple):
    import pandas as pd

    summary = PartSummary()
    rows = []
    for order, ext in _extractions(part, opt, drops.get(part.number, ()), summary):
        rows.extend(
            (row["event_date"], order, i, _pack(row)) for i, row in enumerate(_place_rows([ext]))
        )
    frame = pd.DataFrame(rows, columns=["date", "order", "index", "row"])
    frame["order"] = frame["order"] * 4096 + frame["index"]
    return summary, frame.drop(columns="index").astype({"date": object, "order": "int64"})


def write_places_dataset(
    paths: Iterable[str],
    target: str,
    *,
    options: Options | None = None,
    summary: Any = None,
    client: Any = None,
    scheduler: str | None = None,
    workers: int = 2,
) -> int:
    """Write the ``places`` records of ``strikemap extract`` as GeoParquet partitioned by
    ``event_date``, on the workers; each folder's rows in input order. Returns the rows.
    """
    import dask.dataframe as dd
    import pandas as pd

    opt = options or Options()
    parts = plan(paths)  # the inputs checked before a cluster starts
    with _dataset_dir(target) as tmp, connect(scheduler, workers, client) as c:
        drops = _duplicates(c, parts, opt)
        summaries, frames = _mapped(c, _places_task, parts, opt, drops)
        _gather_summaries(c, summaries, opt, summary)
        meta = pd.DataFrame(
            {
                "date": pd.Series([], dtype=object),
                "order": pd.Series([], dtype="int64"),
                "row": pd.Series([], dtype=object),
            }
        )
        ddf = dd.from_delayed(frames, meta=meta, verify_meta=False).shuffle("date")
        written = ddf.map_partitions(_write_date, str(tmp), "places", meta={"n": "int64"})
        return int(c.compute(written["n"].sum()).result())


def write_places_local(exts: Iterable, target: str) -> int:
    """The single-process ``extract --format parquet``: the same dataset, written here."""
    import pandas as pd

    with _dataset_dir(target) as tmp:  # a path to refuse is refused before extracting
        rows = [(row["event_date"], n, _pack(row)) for n, row in enumerate(_place_rows(exts))]
        frame = pd.DataFrame(rows, columns=["date", "order", "row"]).astype({"date": object})
        _write_date(frame, str(tmp), "places")
    return len(frame)
