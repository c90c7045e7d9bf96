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

from collections.abc import Sequence

from geo.events.grouping import Event
from geo.records import Extraction, Report, ResolvedPlace

__all__ = ["event_extractions", "sources_of", "use_events"]


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
