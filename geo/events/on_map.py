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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

from geo.records import Extraction, Report, ResolvedPlace

if TYPE_CHECKING:
    from geo.events.grouping import Event
    from geo.maps.collect import MapCollector
    from geo.maps.units import UnitLayer

__all__ = ["MapReports", "event_extractions", "read_reports", "sources_of", "use_events"]


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


def _event_extraction(event: Event, others: dict[str, Extraction]) -> Extraction:
    """One event as the extraction the map draws."""
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
        ext = others.get(report)
        for rp in ext.places if ext is not None else ():
            if rp.role != "impact" and (rp.place.id, rp.role) not in seen:
                seen.add((rp.place.id, rp.role))
                places.append(ResolvedPlace(event.id, *_fields(rp)))
    report = Report(event.id, text, _title(event), event.date, f"{len(event.sources)} source(s)")
    return Extraction(report, tuple(places), dict(event.figures))


def _fields(rp: ResolvedPlace) -> tuple:
    """The fields of a place after its report id, its figures left out."""
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
        {},
    )


def event_extractions(
    events: Sequence[Event], extractions: Sequence[Extraction]
) -> list[Extraction]:
    """One extraction per event, for :func:`geo.maps.render.build_map` and
    :func:`geo.places.boundaries.aggregate`.

    Parameters
    ----------
    events : sequence of Event
        From :func:`geo.events.grouping.group_events` (or with corrections).
    extractions : sequence of Extraction
        The reports the events were made from (for their launch areas and mentions).

    Returns
    -------
    list of Extraction
        In event order; report id, title and date are the event's, the report's facts its
        reconciled figures.
    """
    by_report = {e.report.id: e for e in extractions}
    return [_event_extraction(event, by_report) for event in events]


@dataclass
class MapReports:
    """The reports of ``strikemap map``, read once.

    Parameters
    ----------
    collector : MapCollector or None
        What the map draws of them, when it draws reports (:mod:`geo.maps.collect`).
    extractions : list of Extraction or None
        The reports themselves, when it draws events (grouping needs them all).
    count : int
        How many reports were read.
    dates : set of str
        Their dates as given (for the default title).
    first_title : str or None
        The first report's title.
    """

    collector: MapCollector | None
    extractions: list[Extraction] | None
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
    extractions: Iterable[Extraction], by: str, layer: UnitLayer, max_km: float
) -> MapReports:
    """Read the reports of ``map --by BY`` once, keeping only what the map needs of them.

    With ``--by reports`` each report goes into a :class:`~geo.maps.collect.MapCollector`
    and is let go. With ``--by events`` they are all kept: grouping needs them together.
    With ``--by auto`` each report is collected and also written to a temporary spill file
    while one source has been seen; at a second source the spilled reports are read back
    and every report is kept for events; with one source the spill file is dropped.

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

    Returns
    -------
    MapReports
        With a collector (the map draws reports) or the list of extractions (events).
    """
    from geo.maps.collect import MapCollector

    out = MapReports(None, None)
    if by == "events":
        out.extractions = list(_noted(extractions, out))
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
                out.extractions = [*_unspilled(spill, out.count - 1), ext, *stream]
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
