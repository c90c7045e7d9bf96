"""The event store: a GeoPackage (or a folder of GeoParquet files) that a new day's feed is
appended to.

A store holds five tables:

- ``reports``: every report read, once (by its content digest), with the append that added it;
- ``sightings``: every place of every report, as grouping needs it (place, role, event date
  and its cue, side, figures), so events are grouped again without reading old reports again;
- ``events``: the event table (:mod:`geo.events.table`), with point geometry;
- ``changes``: per append, what changed and why: a new event, a source added, a figure raised
  or lowered (by which source's report), an event merged into another;
- ``corrections``: the analyst's corrections in force, each with what it did last time
  (``applied`` or ``unmatched``).

Appending is idempotent: a report already stored (same digest) is skipped, and when nothing is
new the store is not written at all. A store is written to a temporary name and moved into
place, so an interrupted append leaves the previous store as it was. The same appends give
byte-identical files.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import InputError, OutputError
from geo.events.corrections import Correction, Outcome, events_with_corrections
from geo.events.dates import EventDate
from geo.events.grouping import Event, Sighting, report_digest, sightings_of, source_label
from geo.events.table import event_frame, event_rows, write_gpkg_layer
from geo.extras import require
from geo.records import FACT_KEYS, Extraction, Place

__all__ = ["Store", "StoreUpdate", "load_store", "update_store"]

_REPORT_COLUMNS = ("digest", "report", "seq", "append", "published", "source", "title", "url")
_SIGHTING_COLUMNS = (
    "report",
    "digest",
    "seq",
    "published",
    "source",
    "title",
    "url",
    "place_id",
    "place_name",
    "kind",
    "country",
    "admin1",
    "lat",
    "lon",
    "parent",
    "role",
    "event_date",
    "date_cue",
    "date_basis",
    "side",
    *FACT_KEYS,
    "precision",
    "table_row",
    "sentence",
    "damage",
)
_CHANGE_COLUMNS = ("append", "event_id", "change", "field", "old", "new", "report", "why")
_CORRECTION_COLUMNS = ("id", "place", "field", "value", "note", "where", "status", "message")
_TABLES = ("reports", "sightings", "changes", "corrections")


@dataclass
class Store:
    """What a store holds, read into memory."""

    reports: list[dict] = field(default_factory=list)
    sightings: list[Sighting] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    correction_rows: list[dict] = field(default_factory=list)  # with what each did

    @property
    def appends(self) -> int:
        """How many appends wrote the store."""
        runs = [int(r["append"]) for r in self.reports] + [int(c["append"]) for c in self.changes]
        return max(runs, default=0)


@dataclass
class StoreUpdate:
    """What an append did."""

    added: int  # new reports
    skipped: int  # reports already stored
    changes: list[dict]
    events: list[Event]
    outcome: Outcome
    written: bool


def _is_folder(path: Path) -> bool:
    """Whether a store path names a folder of GeoParquet files (not a ``.gpkg``)."""
    return path.suffix.lower() != ".gpkg"


def _none(value):
    """A cell read back: None for a missing value (NaN, NA, empty)."""
    try:
        import pandas as pd

        if value is None or pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _text(value) -> str | None:
    """A text cell read back: None when missing or empty."""
    value = _none(value)
    return None if value is None or value == "" else str(value)


def _read_tables(path: Path) -> dict:
    """Every table of a store, as DataFrames."""
    import pandas as pd
    import pyogrio

    out = {}
    if _is_folder(path):
        for name in (*_TABLES, "events"):
            f = path / f"{name}.parquet"
            out[name] = pd.read_parquet(f) if f.exists() else pd.DataFrame()
        return out
    layers = {row[0] for row in pyogrio.list_layers(path)}
    for name in (*_TABLES, "events"):
        if name in layers:
            out[name] = pyogrio.read_dataframe(path, layer=name, read_geometry=False)
        else:
            out[name] = pd.DataFrame()
    return out


def _sighting(row: dict) -> Sighting:
    """A stored sightings row as a :class:`~geo.events.grouping.Sighting`."""
    place = Place(
        str(row["place_id"]),
        str(row["place_name"]),
        str(row["kind"]),
        str(row["country"] or ""),
        _text(row["admin1"]),
        _none(row["lat"]),
        _none(row["lon"]),
        0,
        _text(row["parent"]),
    )
    facts = {k: int(row[k]) for k in FACT_KEYS if _none(row[k]) is not None}
    return Sighting(
        report=str(row["report"]),
        digest=str(row["digest"]),
        seq=int(row["seq"]),
        published=_text(row["published"]),
        source=str(row["source"]),
        title=_text(row["title"]),
        url=_text(row["url"]),
        place=place,
        role=str(row["role"]),
        date=EventDate(_text(row["event_date"]), row["date_cue"] or "", str(row["date_basis"])),
        side=row["side"] or "",
        facts=facts,
        precision=int(row["precision"]),
        table=bool(int(row["table_row"])),
        sentence=row["sentence"] or "",
        damage=tuple(d for d in (row["damage"] or "").split(";") if d),
    )


def _records(frame) -> list[dict]:
    """The rows of a table as dictionaries (none for an empty or missing one)."""
    if frame is None or len(frame) == 0:
        return []
    return frame.to_dict("records")


def load_store(path: str | os.PathLike[str]) -> Store:
    """Read a store; an empty :class:`Store` when ``path`` does not exist.

    Raises
    ------
    InputError
        When the file or folder is not a strikemap store.
    """
    p = Path(path)
    if _is_folder(p):
        require("pyarrow", f"{p}: a store folder of GeoParquet files")
    if not p.exists():
        return Store()
    try:
        tables = _read_tables(p)
    except Exception as exc:  # pyogrio and pyarrow raise their own errors
        raise InputError(
            f"{p}: cannot read it as a store ({type(exc).__name__}); give a new file name or "
            "a store strikemap wrote"
        ) from None
    missing = [c for c in _REPORT_COLUMNS if c not in tables["reports"]]
    empty_folder = p.is_dir() and not any(p.iterdir())
    if missing and not empty_folder:
        raise InputError(
            f"{p}: is not a strikemap store (no reports table with a {missing[0]} column); "
            "give a new name or a store strikemap wrote"
        )
    return Store(
        reports=_records(tables["reports"]),
        sightings=[_sighting(r) for r in _records(tables["sightings"])],
        events=_records(tables["events"]),
        changes=_records(tables["changes"]),
        corrections=[
            Correction(
                str(r["id"]),
                r["place"] or "",
                str(r["field"]),
                r["value"] or "",
                r["note"] or "",
                r["where"] or "",
            )
            for r in _records(tables["corrections"])
        ],
    )


def _sighting_row(s: Sighting) -> dict:
    """A sighting as a row of the store's ``sightings`` table."""
    p = s.place
    return {
        "report": s.report,
        "digest": s.digest,
        "seq": s.seq,
        "published": s.published or "",
        "source": s.source,
        "title": s.title or "",
        "url": s.url or "",
        "place_id": p.id,
        "place_name": p.name,
        "kind": p.kind,
        "country": p.country,
        "admin1": p.admin1 or "",
        "lat": p.lat,
        "lon": p.lon,
        "parent": p.parent or "",
        "role": s.role,
        "event_date": s.date.date or "",
        "date_cue": s.date.cue,
        "date_basis": s.date.basis,
        "side": s.side,
        **{k: s.facts.get(k) for k in FACT_KEYS},
        "precision": s.precision,
        "table_row": int(s.table),
        "sentence": s.sentence,
        "damage": ";".join(s.damage),
    }


def _frames(store: Store, rows: list[dict]) -> dict:
    """The tables to write, as DataFrames (``events`` a GeoDataFrame)."""
    import pandas as pd

    sightings = pd.DataFrame([_sighting_row(s) for s in store.sightings], columns=_SIGHTING_COLUMNS)
    for column in (*FACT_KEYS, "seq", "precision", "table_row"):
        sightings[column] = pd.to_numeric(sightings[column]).astype("Int64")
    for column in ("lat", "lon"):
        sightings[column] = pd.to_numeric(sightings[column]).astype("float64")
    reports = pd.DataFrame(store.reports, columns=_REPORT_COLUMNS)
    for column in ("seq", "append"):
        reports[column] = pd.to_numeric(reports[column]).astype("int64")
    changes = pd.DataFrame(store.changes, columns=_CHANGE_COLUMNS)
    changes["append"] = pd.to_numeric(changes["append"]).astype("int64")
    corrections = pd.DataFrame(store.correction_rows, columns=_CORRECTION_COLUMNS)
    frames = {
        "reports": reports.astype({c: str for c in _REPORT_COLUMNS if c not in ("seq", "append")}),
        "sightings": sightings,
        "changes": changes.astype({c: str for c in _CHANGE_COLUMNS if c != "append"}),
        "corrections": corrections.astype(str),
        "events": event_frame(rows),
    }
    return frames


def _write_gpkg(frames: dict, target: Path) -> None:
    """Write every table into a new GeoPackage that replaces the store at the end."""
    from geo.output.atomic import atomic_path

    with atomic_path(target, suffix=".gpkg") as tmp:
        write_gpkg_layer(frames["events"], tmp, "events")
        for name in _TABLES:
            write_gpkg_layer(frames[name], tmp, name, append=False)


def _write_folder(frames: dict, target: Path) -> None:
    """Write the tables into a new folder and swap it in for the old one."""
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.strikemap-"))
    old = None
    try:
        for name, frame in frames.items():
            frame.to_parquet(tmp / f"{name}.parquet", index=False)
        if target.exists():
            old = target.with_name(f".{target.name}.strikemap-old-{os.getpid()}")
            os.replace(target, old)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not target.exists():
            os.replace(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _changes(
    append: int, before: Sequence[dict], events: Sequence[Event], rows: Sequence[dict]
) -> list[dict]:
    """What this append changed in the event table, and why."""
    old = {str(r["event_id"]): r for r in before}
    new_ids = {e.id for e in events}
    out: list[dict] = []

    def log(event: str, change: str, fld: str, was, now, report: str, why: str) -> None:
        out.append(
            {
                "append": append,
                "event_id": event,
                "change": change,
                "field": fld,
                "old": "" if was is None else str(was),
                "new": "" if now is None else str(now),
                "report": report,
                "why": why,
            }
        )

    for event, row in zip(events, rows, strict=True):
        prev = old.get(event.id)
        if prev is None:
            log(event.id, "new event", "", None, row["location"], event.reports[0], _told(event))
            continue
        before_reports = set(str(prev["reports"]).split("; "))
        for report in event.reports:
            if report not in before_reports:
                src = next(s.source for s in event.all_sightings if s.report == report)
                log(event.id, "source added", "reports", None, report, report, f"told by {src}")
        for key in FACT_KEYS:
            was, now = _none(prev.get(key)), row[key]
            was = None if was is None else int(was)
            if was != now:
                log(
                    event.id, f"figure {_figure_change(was, now)}", key, was, now, *_why(event, key)
                )
    for event_id_, prev in old.items():
        if event_id_ not in new_ids:
            home, why = _where_gone(event_id_, prev, events)
            log(event_id_, "merged" if home else "removed", "", None, home, "", why)
    return out


def _figure_change(was: int | None, now: int | None) -> str:
    """How a figure changed: stated, dropped, raised or lowered."""
    if was is None:
        return "stated"
    if now is None:
        return "dropped"
    return "raised" if now > was else "lowered"


def _where_gone(event_id_: str, prev: dict, events: Sequence[Event]) -> tuple[str | None, str]:
    """The event an event of the last append went into, and why; None when it is gone."""
    for event in events:
        merged = [n for n in event.notes if n.startswith(f"merged {event_id_} into it")]
        if merged:
            return event.id, f"{merged[0]} by an analyst's correction"
    told = {
        (r, p) for r in str(prev["reports"]).split("; ") for p in str(prev["places"]).split("; ")
    }
    for event in events:
        now = {(s.report, s.place.name) for s in event.sightings}
        if told & now:
            return event.id, f"its impacts are now told in {event.id} ({event.place.name})"
    return None, "no report tells of a strike there now (a correction or a new date or side)"


def _told(event: Event) -> str:
    """Who tells of an event, for the change log."""
    return f"told by {'; '.join(event.sources)}"


def _why(event: Event, key: str) -> tuple[str, str]:
    """The report behind an event's figure, and why it is the figure."""
    source = event.figure_sources.get(key)
    if source is None:
        return "", "no source states it now"
    if source == "correction":
        return "", "set by an analyst's correction"
    chosen = [c for c in event.candidates if c.key == key and c.source == source]
    report = chosen[0].report if chosen else ""
    published = chosen[0].published if chosen else None
    return report, (
        f"{source} states {event.figures[key]} (report {report}, {published or 'undated'}): "
        "the highest figure tied to the place, each source's latest"
    )


def update_store(
    path: str | os.PathLike[str],
    extractions: Iterable[Extraction],
    place_by_id: Callable[[str], Place | None],
    *,
    corrections: Sequence[Correction] | None = None,
    lookup: Callable[[str], Place | None] | None = None,
    name_of: Callable[[str], str | None] = lambda _id: None,
) -> StoreUpdate:
    """Append reports to a store (created when missing) and group its events again.

    Parameters
    ----------
    path : str or path-like
        ``FILE.gpkg``, or a folder (any other name) of GeoParquet files.
    extractions : iterable of Extraction
        The new reports; those already stored (same digest) are skipped.
    place_by_id : callable
        Place id → Place (``Gazetteer.by_id``).
    corrections : sequence of Correction, optional
        Replace the stored corrections; None keeps them.
    lookup : callable, optional
        Place id or name → Place, for ``place`` corrections.
    name_of : callable, optional
        Place id → name, for the event table's country and admin-1 names.

    Returns
    -------
    StoreUpdate
        What was added and skipped, the changes logged, the events, what the corrections
        did, and whether the store was written (not when nothing changed).

    Raises
    ------
    InputError
        When ``path`` exists but is no store.
    OutputError
        When the store cannot be written.
    """
    target = Path(path)
    if target.exists() and target.is_dir() != _is_folder(target):
        raise OutputError(f"{target}: a .gpkg store must be a file, a GeoParquet store a folder")
    store = load_store(target)
    known = {str(r["digest"]) for r in store.reports}
    append = store.appends + 1
    seq = max((int(r["seq"]) for r in store.reports), default=-1) + 1
    added = skipped = 0
    for ext in extractions:
        digest = report_digest(ext)
        if digest in known:
            skipped += 1
            continue
        known.add(digest)
        new = sightings_of(ext, seq)
        r = ext.report
        store.reports.append(
            {
                "digest": digest,
                "report": r.id,
                "seq": seq,
                "append": append,
                "published": r.date or "",
                "source": source_label(r.source, r.url, r.id),
                "title": r.title or "",
                "url": r.url or "",
            }
        )
        store.sightings.extend(new)
        seq += 1
        added += 1
    changed_corrections = corrections is not None and list(corrections) != store.corrections
    if corrections is not None:
        store.corrections = list(corrections)
    events, outcome = events_with_corrections(
        store.sightings, place_by_id, store.corrections, lookup
    )
    rows = event_rows(events, name_of)
    write = added > 0 or changed_corrections or not target.exists()
    changes = _changes(append, store.events, events, rows) if write else []
    if write:
        store.changes.extend(changes)
        store.correction_rows = [
            {
                "id": c.id,
                "place": c.place,
                "field": c.field,
                "value": c.value,
                "note": c.note,
                "where": c.where,
                "status": status,
                "message": message,
            }
            for c, status, message in outcome.rows
        ]
        frames = _frames(store, rows)
        if _is_folder(target):
            _write_folder(frames, target)
        else:
            _write_gpkg(frames, target)
    return StoreUpdate(added, skipped, changes, events, outcome, write)
