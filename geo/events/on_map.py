"""Events on the map: each event drawn as one "report" the map's layers already know.

``strikemap map --by events`` groups the reports (:mod:`geo.events.grouping`) and hands the map one
:class:`~geo.records.Extraction` per event: its place carries the reconciled figures, the
popup lists every source (date, title, link), and the places the sources name inside it (a
city's districts) are drawn too, without figures of their own. The launch areas and other
mentions of an event's reports come along, so those layers stay. Regions are then shaded by
events, the date slider steps through event dates, and the summary counts events.

With ``--by auto`` (the default) a feed of more than one source is drawn by events, a single
source's reports by report.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

from geo.records import Extraction, Report, ResolvedPlace

#: How many reports' other places :meth:`EventInputs.others_of` keeps once read
_READ_KEPT = 512

if TYPE_CHECKING:
    from geo.events.grouping import Event, Sighting
    from geo.maps.collect import MapCollector
    from geo.maps.units import UnitLayer

__all__ = [
    "EventInputs",
    "MapReports",
    "event_extractions",
    "read_reports",
    "sources_of",
    "use_events",
]


def sources_of(extractions: Sequence[Extraction]) -> int:
    """How many distinct sources the reports come from (by source, link host or report)."""
    from geo.events.grouping import source_label

    return len({source_label(e.report.source, e.report.url, e.report.id) for e in extractions})


def use_events(by: str, extractions: Sequence[Extraction]) -> bool:
    """Whether ``map --by BY`` draws events: ``events``, or ``auto`` with several sources."""
    return by == "events" or (by == "auto" and sources_of(extractions) > 1)


def _source_lines(event: Event) -> str:
    """One line per report: source, date, title and link."""
    lines = []
    seen: set[str] = set()
    for s in sorted(event.all_sightings, key=lambda s: (s.published or "~", s.seq)):
        if s.report in seen:
            continue
        seen.add(s.report)
        bits = [s.source, s.published or "undated", s.title or f"report {s.report}"]
        if s.url:
            bits.append(s.url)
        lines.append(" — ".join(bits))
    return f"Sources ({len(event.sources)}): " + "; ".join(lines)


def _title(event: Event) -> str:
    """The popup title of an event: place, date and how many sources."""
    n = len(event.sources)
    return f"{event.place.name}, {event.date or 'undated'}: {n} source{'s' * (n != 1)}"


def _event_extraction(event: Event, others: Callable[[str], tuple[tuple, ...]]) -> Extraction:
    """One event as the extraction the map draws; ``others``: a report's places of other
    roles than impact, as :func:`_fields` gives them (:meth:`EventInputs.others_of`)."""
    text = _source_lines(event)
    damage = tuple(dict.fromkeys(d for s in event.sightings for d in s.damage))
    cue = f"{len(event.reports)} report(s) from {len(event.sources)} source(s)"
    own = ResolvedPlace(
        event.id,
        event.place,
        "impact",
        event.precision,
        1.0,
        (),
        cue,
        text,
        damage,
        event.side or None,
        dict(event.figures),
    )
    places = [own]
    seen = {(event.place.id, "impact")}
    for s in event.sightings:
        if (s.place.id, "impact") in seen:
            continue
        seen.add((s.place.id, "impact"))
        places.append(
            ResolvedPlace(
                event.id, s.place, "impact", s.precision, 1.0, (), cue, s.sentence, s.damage
            )
        )
    for report in event.reports:
        for fields in others(report):
            key = (fields[0].id, fields[1])  # (place id, role)
            if key not in seen:
                seen.add(key)
                places.append(ResolvedPlace(event.id, *fields, {}))
    report = Report(event.id, text, _title(event), event.date, f"{len(event.sources)} source(s)")
    return Extraction(report, tuple(places), dict(event.figures))


def _fields(rp: ResolvedPlace) -> tuple:
    """The fields of a place after its report id, up to its figures (left out)."""
    return (
        rp.place,
        rp.role,
        rp.precision,
        rp.confidence,
        rp.mentions,
        rp.cue,
        rp.sentence,
        rp.damage,
        rp.attacker,
    )


def event_extractions(events: list[Event], inputs: EventInputs) -> Iterator[Extraction]:
    """One extraction per event, for :func:`geo.maps.render.build_map` and
    :func:`geo.places.boundaries.aggregate`, made as they are taken.

    Parameters
    ----------
    events : list of Event
        From :func:`geo.events.grouping.group_events` (or with corrections). Each is let go
        once its extraction is made (its place in the list set to None).
    inputs : EventInputs
        What the events were grouped from: each report's places of other roles than impact
        (launch areas and mentions) are drawn with the events the report tells of. Closed
        when the last event is made.

    Yields
    ------
    Extraction
        In event order; report id, title and date are the event's, the report's facts its
        reconciled figures.
    """
    try:
        for i, event in enumerate(events):
            events[i] = None  # type: ignore[call-overload]  # (drawn once: let it go)
            yield _event_extraction(event, inputs.others_of)
    finally:
        inputs.close()


@dataclass
class EventInputs:
    """What drawing events needs of the reports, gathered one report at a time.

    Grouping needs every report's impacts together, not the reports: each report is turned
    into its sightings (:func:`geo.events.grouping.sightings_of`), kept in memory, and its
    places of other roles (launch areas, mentions: what the map draws beside its events),
    written to a temporary file and read back for each event the report tells of. The
    report's text and the rest are let go.

    Parameters
    ----------
    every_place : bool
        Keep the sightings of every role, not only impacts: an analyst's corrections may
        make a mention an impact. Without corrections only impacts make events.
    sightings : list of Sighting
        In the order read.
    others : dict
        Report id → where its places of other roles stand in the temporary file (-1: none),
        for the reports that tell of an impact (the last report of an id, as a lookup by id
        would find it).
    count : int
        How many reports were added (the next one's ``seq``).
    """

    every_place: bool = False
    sightings: list[Sighting] = field(default_factory=list)
    others: dict[str, int] = field(default_factory=dict)
    count: int = 0
    _spill: IO[bytes] | None = field(default=None, repr=False)
    _read: dict[str, tuple[tuple, ...]] = field(default_factory=dict, repr=False)

    def add(self, ext: Extraction) -> None:
        """Add one report."""
        from geo.events.grouping import sightings_of

        found = sightings_of(ext, self.count)
        self.count += 1
        kept = found if self.every_place else [s for s in found if s.role == "impact"]
        self.sightings += kept
        rid = ext.report.id
        if kept or rid in self.others:
            fields = tuple(_fields(rp) for rp in ext.places if rp.role != "impact")
            self.others[rid] = self._write(fields) if fields else -1

    def add_all(self, extractions: Iterable[Extraction]) -> EventInputs:
        """Add every report of ``extractions``; return self."""
        for ext in extractions:
            self.add(ext)
        return self

    def _write(self, fields: tuple[tuple, ...]) -> int:
        if self._spill is None:
            self._spill = tempfile.TemporaryFile(prefix="strikemap-events-")  # noqa: SIM115  (close())
        self._spill.seek(0, 2)
        at = self._spill.tell()
        pickle.dump(fields, self._spill, protocol=pickle.HIGHEST_PROTOCOL)
        return at

    def others_of(self, report: str) -> tuple[tuple, ...]:
        """The places of other roles than impact of the report of id ``report``, each as the
        fields of its :class:`~geo.records.ResolvedPlace` after the report id and before its
        figures (the last few read are kept: an event's reports are read for the events
        beside it too)."""
        got = self._read.get(report)
        if got is not None:
            return got
        at = self.others.get(report, -1)
        if at < 0 or self._spill is None:
            return ()
        self._spill.seek(at)
        got = pickle.load(self._spill)  # our own temporary file
        if len(self._read) >= _READ_KEPT:
            del self._read[next(iter(self._read))]
        self._read[report] = got
        return got

    def close(self) -> None:
        """Remove the temporary file."""
        if self._spill is not None:
            self._spill.close()
            self._spill = None
        self._read.clear()


@dataclass
class MapReports:
    """The reports of ``strikemap map``, read once.

    Parameters
    ----------
    collector : MapCollector or None
        What the map draws of them, when it draws reports (:mod:`geo.maps.collect`).
    events : EventInputs or None
        What grouping needs of them, when it draws events.
    count : int
        How many reports were read.
    dates : set of str
        Their dates as given (for the default title).
    first_title : str or None
        The first report's title.
    """

    collector: MapCollector | None
    events: EventInputs | None
    count: int = 0
    dates: set[str] = field(default_factory=set)
    first_title: str | None = None

    def note(self, ext: Extraction) -> None:
        """Count one report for the title."""
        if not self.count:
            self.first_title = ext.report.title
        self.count += 1
        if ext.report.date:
            self.dates.add(ext.report.date)

    def default_title(self) -> str:
        """The map's title when none is given: the one report's title, or how many and when."""
        if self.count == 1 and self.first_title:
            return self.first_title
        dates = sorted(self.dates)
        span = f" — {dates[0]}" + (f" to {dates[-1]}" if len(dates) > 1 else "") if dates else ""
        return f"Strikes reported in {self.count} report{'s' * (self.count != 1)}{span}"


def read_reports(
    extractions: Iterable[Extraction],
    by: str,
    layer: UnitLayer,
    max_km: float,
    *,
    every_place: bool = False,
) -> MapReports:
    """Read the reports of ``map --by BY`` once, keeping only what the map needs of them.

    With ``--by reports`` each report goes into a :class:`~geo.maps.collect.MapCollector`
    and is let go. With ``--by events`` what grouping needs of each is kept
    (:class:`EventInputs`), not the report. With ``--by auto`` each report is collected and
    also written to a temporary spill file while one source has been seen; at a second
    source the spilled reports are read back and every report goes to events; with one
    source the spill file is dropped.

    Parameters
    ----------
    extractions : iterable of Extraction
        The reports, streamed.
    by : {"auto", "reports", "events"}
        ``map --by``.
    layer : UnitLayer
        The boundary layer the map counts in.
    max_km : float
        Radius of the nearest-unit fallback.
    every_place : bool
        For events: keep every place's sightings (corrections are given), not only impacts.

    Returns
    -------
    MapReports
        With a collector (the map draws reports) or what events need (:class:`EventInputs`).
    """
    from geo.maps.collect import MapCollector

    out = MapReports(None, None)
    if by == "events":
        out.events = EventInputs(every_place).add_all(_noted(extractions, out))
        return out
    collector = MapCollector(layer, max_km)
    if by != "auto":
        collector.add_all(_noted(extractions, out))
        out.collector = collector.finish()
        return out
    from geo.events.grouping import source_label

    stream = _noted(extractions, out)
    sources: set[str] = set()
    with tempfile.TemporaryFile(prefix="strikemap-map-") as spill:
        for ext in stream:
            r = ext.report
            sources.add(source_label(r.source, r.url, r.id))
            if len(sources) > 1:
                spill.seek(0)
                events = EventInputs(every_place).add_all(_unspilled(spill, out.count - 1))
                events.add(ext)
                out.events = events.add_all(stream)
                return out
            pickle.dump(ext, spill, protocol=pickle.HIGHEST_PROTOCOL)
            collector.add(ext)
    out.collector = collector.finish()
    return out


def _noted(extractions: Iterable[Extraction], out: MapReports) -> Iterator[Extraction]:
    for ext in extractions:
        out.note(ext)
        yield ext


def _unspilled(spill: IO[bytes], count: int) -> Iterator[Extraction]:
    for _ in range(count):
        yield pickle.load(spill)  # our own temporary file
