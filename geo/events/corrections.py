"""An analyst's corrections, applied on every run and every append.

A corrections file is a CSV with the columns ``id`` (a report id or an event id), ``place``,
``field``, ``value`` and ``note`` (``report`` or ``event`` may name the first column). A row
whose ``id`` is a report's corrects what was read from that report, at the place named in
``place`` (a place id such as ``gn:703448``, or its name as ``strikemap extract`` prints it;
empty: every impact place of the report):

========================  =================================================================
field                     value
========================  =================================================================
``role``                  ``impact``, ``launch`` or ``mention``
``place``                 the right place: a gazetteer id, or a name to look up
``event_date``            ``YYYY-MM-DD``, or empty for undated
``side``                  ``RU``, ``UA``, or empty for unknown
``killed`` ... figures    a whole number, or empty to drop the figure
``event``                 an event id to put the impact in (``new``: an event of its own)
========================  =================================================================

A row whose ``id`` is an event's (``ev-...``) corrects the event: a figure (``killed``,
``wounded``, ``drones``, ``missiles``, ``intercepted``) overrides the reconciled one;
``merge_into`` merges it into another event; ``event_date`` and ``side`` move all its impacts;
``role`` ``mention`` (or ``launch``) takes them out of the events.

A row that matches nothing (the report is not read, it names no such place, the event no
longer exists) is reported, never dropped silently; a row that cannot be read (an unknown
field, a bad value) stops the run with one line naming the file, line and fix.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from geo.errors import InputError
from geo.events.dates import EventDate
from geo.events.grouping import (
    Event,
    PlaceById,
    Sighting,
    event_id,
    group_events,
    reconcile,
)
from geo.records import FACT_KEYS, Place

__all__ = [
    "CORRECTION_COLUMNS",
    "Correction",
    "Outcome",
    "events_with_corrections",
    "parse_corrections",
    "read_corrections",
]

#: The columns of a corrections file.
CORRECTION_COLUMNS = ("id", "place", "field", "value", "note")
_ID_ALIASES = ("id", "report", "event", "report_or_event", "target")
_REPORT_FIELDS = ("role", "place", "event_date", "side", *FACT_KEYS, "event")
_EVENT_FIELDS = (*FACT_KEYS, "merge_into", "event_date", "side", "role")
_ROLES = ("impact", "launch", "mention")
_SIDES = ("RU", "UA", "")


@dataclass(frozen=True)
class Correction:
    """One row of a corrections file.

    Parameters
    ----------
    id : str
        A report id or an event id (``ev-...``).
    place : str
        A place id or name (report rows); empty for every impact place.
    field, value, note : str
        What to set, to what, and why.
    where : str
        ``file:line``, for messages.
    """

    id: str
    place: str
    field: str
    value: str
    note: str = ""
    where: str = ""

    @property
    def is_event(self) -> bool:
        """True when the row corrects an event, not a report."""
        return self.id.startswith("ev-")


@dataclass
class Outcome:
    """What the corrections did: one status per row (``applied`` or ``unmatched``) and its
    message."""

    rows: list[tuple[Correction, str, str]] = field(default_factory=list)

    def log(self, c: Correction, status: str, message: str) -> None:
        self.rows.append((c, status, message))

    @property
    def unmatched(self) -> list[str]:
        """One line per row that matched nothing: where it is, and what to do."""
        return [f"{c.where}: {msg}" for c, status, msg in self.rows if status == "unmatched"]


def _check_value(c: Correction, lookup: Callable[[str], Place | None] | None) -> None:
    """Stop on a value the field cannot take."""
    fields = _EVENT_FIELDS if c.is_event else _REPORT_FIELDS
    if c.field not in fields:
        kind = "an event" if c.is_event else "a report"
        raise InputError(
            f"{c.where}: unknown field {c.field!r} for {kind}; use one of {', '.join(fields)}"
        )
    v = c.value
    if c.field in FACT_KEYS and v and not (v.isdecimal() and len(v) < 10):
        raise InputError(f"{c.where}: {c.field} {v!r} is not a whole number; write e.g. 3")
    if c.field == "role" and v not in _ROLES:
        raise InputError(f"{c.where}: role {v!r}; write impact, launch or mention")
    if c.field == "side" and v.upper() not in _SIDES:
        raise InputError(f"{c.where}: side {v!r}; write RU, UA or leave it empty")
    if c.field == "event_date" and v:
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            raise InputError(
                f"{c.where}: event_date {v!r} is not a date; write YYYY-MM-DD"
            ) from None
    if c.field == "merge_into" and not v.startswith("ev-"):
        raise InputError(f"{c.where}: merge_into {v!r} is not an event id (ev-...)")
    if c.field == "place" and (not v or (lookup is not None and lookup(v) is None)):
        raise InputError(
            f"{c.where}: place {v!r} is not in the gazetteer; give an id such as gn:703448 "
            "(see strikemap geocode NAME)"
        )


def parse_corrections(
    text: str, where: str, lookup: Callable[[str], Place | None] | None = None
) -> list[Correction]:
    """Read the rows of a corrections CSV.

    Parameters
    ----------
    text : str
        The file's text.
    where : str
        Its name, for messages.
    lookup : callable, optional
        Place id or name → Place, to check ``place`` values.

    Returns
    -------
    list of Correction
        In file order.

    Raises
    ------
    InputError
        For a missing column, an unknown field or a bad value, naming the line.
    """
    reader = csv.DictReader(io.StringIO(text))
    names = {(n or "").strip().lower(): n for n in reader.fieldnames or ()}
    id_col = next((names[a] for a in _ID_ALIASES if a in names), None)
    missing = [c for c in ("field", "value") if c not in names]
    if id_col is None or missing:
        raise InputError(
            f"{where}: a corrections file needs the columns {', '.join(CORRECTION_COLUMNS)}; "
            "add the header line"
        )
    out = []
    for n, row in enumerate(reader, start=2):
        cell = {k: (row.get(v) or "").strip() for k, v in names.items()}
        if not any(cell.values()):
            continue
        c = Correction(
            id=(row.get(id_col) or "").strip(),
            place=cell.get("place", ""),
            field=cell["field"].lower(),
            value=cell["value"],
            note=cell.get("note", ""),
            where=f"{where}:{n}",
        )
        if not c.id:
            raise InputError(f"{c.where}: no report or event id; fill the id column")
        if c.field == "side":
            c = replace(c, value=c.value.upper())
        _check_value(c, lookup)
        out.append(c)
    return out


def read_corrections(
    path: str | Path, lookup: Callable[[str], Place | None] | None = None
) -> list[Correction]:
    """Read a corrections CSV file (:func:`parse_corrections`).

    Raises
    ------
    InputError
        For a missing or unreadable file, or a bad row.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{p}: no such corrections file; check the path") from None
    except UnicodeDecodeError:
        raise InputError(f"{p}: the corrections file is not UTF-8; save it as UTF-8") from None
    return parse_corrections(text, str(p), lookup)


def _matches(s: Sighting, place: str) -> bool:
    """Whether a report's place is the one a correction names (empty: each impact)."""
    if not place:
        return s.role == "impact"
    key = place.casefold()
    return s.place.id.casefold() == key or s.place.name.casefold() == key


def _set(s: Sighting, c: Correction, lookup: Callable[[str], Place | None]) -> Sighting:
    """The sighting with one report-level field corrected."""
    v = c.value
    if c.field == "role":
        return replace(s, role=v)
    if c.field == "place":
        place = lookup(v)
        return replace(s, place=place) if place is not None else s
    if c.field == "event_date":
        return replace(s, date=EventDate(v or None, "correction", "correction"))
    if c.field == "side":
        return replace(s, side=v)
    facts = dict(s.facts)
    if v:
        facts[c.field] = int(v)
    else:
        facts.pop(c.field, None)
    return replace(s, facts=facts)


def _note(c: Correction) -> str:
    """What a correction changed, for the event's notes."""
    place = f" at {c.place}" if c.place and not c.is_event else ""
    why = f" ({c.note})" if c.note else ""
    target = "" if c.is_event else f" in report {c.id}"
    return f"corrected {c.field} to {c.value or 'none'}{place}{target}{why}"


@dataclass
class _State:
    """The sightings being corrected, with the notes and named events of each."""

    sightings: list[Sighting]
    notes: dict[int, list[str]] = field(default_factory=dict)  # id(sighting) -> notes
    forced: dict[int, str] = field(default_factory=dict)  # id(sighting) -> event id


def _correct_reports(
    state: _State,
    rows: Sequence[Correction],
    lookup: Callable[[str], Place | None],
    outcome: Outcome,
) -> None:
    """Apply the report rows to the sightings, in file order."""
    by_report: dict[str, list[int]] = {}
    for i, s in enumerate(state.sightings):
        by_report.setdefault(s.report, []).append(i)
    for c in rows:
        indices = by_report.get(c.id)
        if indices is None:
            outcome.log(c, "unmatched", f"no report {c.id!r} is read; fix the id or delete the row")
            continue
        hits = [i for i in indices if _matches(state.sightings[i], c.place)]
        if not hits:
            names = ", ".join(dict.fromkeys(state.sightings[i].place.name for i in indices))
            outcome.log(
                c,
                "unmatched",
                f"report {c.id} names no place {c.place!r} (it names: {names or 'none'}); "
                "fix the place or delete the row",
            )
            continue
        for i in hits:
            old = state.sightings[i]
            new = old if c.field == "event" else _set(old, c, lookup)
            state.sightings[i] = new
            notes = state.notes.pop(id(old), [])
            state.notes[id(new)] = [*notes, _note(c)]
            forced = state.forced.pop(id(old), None)
            if c.field == "event":
                forced = c.value if c.value.lower() != "new" else _new_id(new)
            if forced is not None:
                state.forced[id(new)] = forced
        outcome.log(c, "applied", f"{len(hits)} place(s) of report {c.id}")


def _new_id(s: Sighting) -> str:
    """The id of an event an analyst splits one report's impact into."""
    return event_id(f"{s.place.id}|{s.report}", s.date.date, s.side)


def _move_events(
    state: _State,
    events: list[Event],
    rows: Sequence[Correction],
    outcome: Outcome,
) -> bool:
    """Apply the event rows that change the impacts (date, side, role); True when any did."""
    by_id = {e.id: e for e in events}
    index = {id(s): i for i, s in enumerate(state.sightings)}
    changed = False
    for c in rows:
        if c.field not in ("event_date", "side", "role"):
            continue
        event = by_id.get(c.id)
        if event is None:
            continue  # reported after the final grouping
        for s in event.sightings:
            i = index.get(id(s))
            if i is None:
                continue
            new = _set(s, c, lambda _v: None)
            state.sightings[i] = new
            state.notes[id(new)] = [*state.notes.pop(id(s), []), _note(c)]
            if id(s) in state.forced:
                state.forced[id(new)] = state.forced.pop(id(s))
            index[id(new)] = i
        outcome.log(c, "applied", f"{len(event.sightings)} impact(s) of {c.id}")
        changed = True
    return changed


def _merge(events: list[Event], c: Correction, outcome: Outcome) -> list[Event]:
    """Merge the event a row names into the one it gives, or report that either is gone."""
    by_id = {e.id: e for e in events}
    source, target = by_id.get(c.id), by_id.get(c.value)
    if source is None or target is None:
        missing = c.id if source is None else c.value
        outcome.log(c, "unmatched", _gone(missing))
        return events
    target.sightings += source.sightings
    target.joined += [s for s in source.joined if s not in target.joined]
    target.notes += [*source.notes, f"merged {source.id} into it{_why(c)}"]
    outcome.log(c, "applied", f"{c.id} merged into {c.value}")
    return [e for e in events if e is not source]


def _gone(event: str) -> str:
    """The message of a row whose event no longer exists."""
    return f"no event {event} (merged, moved or gone); fix the id or delete the row"


def _why(c: Correction) -> str:
    """A correction's note, in brackets, for messages."""
    return f" ({c.note})" if c.note else ""


def _correct_events(
    events: list[Event], rows: Sequence[Correction], outcome: Outcome
) -> list[Event]:
    """Apply the event rows that merge events and override figures, in file order."""
    for c in rows:
        if c.field == "merge_into":
            events = _merge(events, c, outcome)
    for event in events:
        reconcile(event)
    by_id = {e.id: e for e in events}
    for c in rows:
        if c.field in ("merge_into", "event_date", "side", "role"):
            if c.field != "merge_into" and not any(r[0] is c for r in outcome.rows):
                outcome.log(c, "unmatched", _gone(c.id))
            continue
        event = by_id.get(c.id)
        if event is None:
            outcome.log(c, "unmatched", _gone(c.id))
            continue
        if c.value:
            event.figures[c.field] = int(c.value)
            event.figure_sources[c.field] = "correction"
        else:
            event.figures.pop(c.field, None)
            event.figure_sources.pop(c.field, None)
        event.notes.append(_note(c))
        outcome.log(c, "applied", f"{c.field} of {c.id}")
    return events


def events_with_corrections(
    sightings: Sequence[Sighting],
    place_by_id: PlaceById,
    corrections: Sequence[Correction] = (),
    lookup: Callable[[str], Place | None] | None = None,
) -> tuple[list[Event], Outcome]:
    """Group sightings into events with an analyst's corrections applied.

    Parameters
    ----------
    sightings : sequence of Sighting
        Every place of every report (:func:`geo.events.grouping.sightings_of`).
    place_by_id : callable
        Place id → Place (``Gazetteer.by_id``).
    corrections : sequence of Correction
        From :func:`read_corrections`; applied in file order, report rows first.
    lookup : callable, optional
        Place id or name → Place, for ``place`` corrections (default ``place_by_id``).

    Returns
    -------
    (list of Event, Outcome)
        The events (:func:`geo.events.grouping.group_events`) and what each row did.
    """
    lookup = lookup or place_by_id
    outcome = Outcome()
    state = _State(list(sightings))
    _correct_reports(state, [c for c in corrections if not c.is_event], lookup, outcome)
    event_rows = [c for c in corrections if c.is_event]
    events = group_events(state.sightings, place_by_id, forced=state.forced)
    if _move_events(state, events, event_rows, outcome):
        events = group_events(state.sightings, place_by_id, forced=state.forced)
    events = [e for e in events if e.sightings]
    events = _correct_events(events, event_rows, outcome)
    for event in events:
        told = [n for s in event.sightings for n in state.notes.get(id(s), [])]
        event.notes[:0] = [n for n in dict.fromkeys(told) if n not in event.notes]
    order = {id(c): i for i, c in enumerate(corrections)}
    outcome.rows.sort(key=lambda r: order.get(id(r[0]), 0))
    return events, outcome
