"""From reports to events: one strike told by many sources is one event.

Each report's impact places become :class:`Sighting` records (one report's telling of one
place, with the event date of :mod:`geo.events.dates`, the side and the figures the text ties
to the place). :func:`group_events` groups them:

- **by place**: a settlement, an admin-2 unit (raion, hromada), or a city, whose districts
  join it ("Solomianskyi district" is the Kyiv event, named in ``places``); the gazetteer id
  already tells apart two villages of one name in different raions or oblasts;
- **by event date** and **side** (who attacked: ``RU``, ``UA`` or unknown): the same place hit
  on two days, or by both sides, is two events; an undated impact (a report without a date,
  a coarse recall) stays with its own report, since nothing says two reports tell one strike;
- **a region-only mention** (a first-level unit: "the Sumy region") joins the events of that
  date and side inside its region and is listed among their sources; with none, it is an
  event of its own at the region. A country-level impact (an event table's "Ukraine") is an
  event of its own and joins nothing.

Figures are reconciled per event and per figure by a stated rule, never summed across
sources:

1. a source's figure is that of its latest report (by publication date, then input order)
   stating it; the rows of one event table that share source and date are one statement,
   whose rows (one a weapon model) add up;
2. across sources, the highest figure of the sources that tie it to the event's place; a
   figure a source ties only to the region counts when no source ties one to the place, and
   only for the region's one event that day;
3. every source's figure is kept (:attr:`Event.candidates`), and a report's place figure is
   its place's own, or what the report gives the districts of the city when larger.

Event ids are ``ev-<date>-<10 hex digits>`` of the event's place and side, so the same
reports give the same ids on every run, and appending reports keeps the ids of the events they
join.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from geo.events.dates import EventDate, impact_dates, is_table_row
from geo.records import FACT_KEYS, Extraction, Place
from geo.understand.damage import attacker_of

__all__ = [
    "Candidate",
    "Event",
    "Sighting",
    "event_id",
    "group_events",
    "report_digest",
    "sightings_of",
    "source_label",
]

#: How well a figure is tied to an event: by the text to its place, or only to its region.
SUPPORT_PLACE = "place"
SUPPORT_REGION = "region"


@dataclass(frozen=True, slots=True)
class Sighting:
    """One report's telling of one place: what grouping needs of it.

    Parameters
    ----------
    report : str
        The report id.
    digest : str
        The report's content digest (the same report read twice has the same one).
    seq : int
        The order the report was read in (in a store: the order it was added).
    published : str or None
        The report's (publication) date.
    source : str
        Who published it (:func:`source_label`).
    title, url : str or None
        The report's title and link.
    place : Place
        The place, as resolved.
    role : str
        ``impact``, ``launch`` or ``mention``; only impacts make events.
    date : EventDate
        When the strike the text ties to the place happened.
    side : str
        ``RU``, ``UA`` or ``""`` (unknown): who attacked.
    facts : dict
        The figures the text ties to the place.
    precision : int
        1 the place itself, 2 near it or an admin-2 unit, 3 only the region.
    table : bool
        True for an event-table row.
    sentence : str
        The sentence that names the place.
    """

    report: str
    digest: str
    seq: int
    published: str | None
    source: str
    title: str | None
    url: str | None
    place: Place
    role: str
    date: EventDate
    side: str
    facts: dict[str, int] = field(default_factory=dict, hash=False)
    precision: int = 1
    table: bool = False
    sentence: str = ""
    damage: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """One source's figure for an event."""

    key: str
    value: int
    source: str
    report: str
    published: str | None
    support: str  # SUPPORT_PLACE or SUPPORT_REGION


@dataclass
class Event:
    """One strike: a place, a date and a side, with every source that tells of it.

    Attributes
    ----------
    id : str
        Deterministic id (:func:`event_id`).
    date : str or None
        The event date (ISO), None when no source dates it.
    side : str
        ``RU``, ``UA`` or ``""``.
    place : Place
        Where: a settlement, city, admin-2 unit, or the region or country when nothing
        finer is known (``level``).
    level : str
        ``place``, ``region`` or ``country``.
    sightings : list of Sighting
        The impacts that make the event, in the order read.
    joined : list of Sighting
        Region-only impacts that joined it (they may have joined other events too).
    figures : dict
        Reconciled figures (only those some source states).
    figure_sources : dict
        Figure key → the source whose figure was taken.
    candidates : list of Candidate
        Every source's figure.
    notes : list of str
        What the analyst's corrections changed.
    """

    id: str
    date: str | None
    side: str
    place: Place
    level: str
    sightings: list[Sighting] = field(default_factory=list)
    joined: list[Sighting] = field(default_factory=list)
    figures: dict[str, int] = field(default_factory=dict)
    figure_sources: dict[str, str] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    shared: set[str] = field(default_factory=set)  # reports whose region joined other events
    owner: str = ""  # the one report of an undated event

    @property
    def all_sightings(self) -> list[Sighting]:
        """The event's impacts and the region-only ones that joined it, in the order read."""
        return sorted(self.sightings + self.joined, key=lambda s: (s.seq, s.report))

    @property
    def reports(self) -> list[str]:
        """The ids of the reports that tell of the event, first read first."""
        return list(dict.fromkeys(s.report for s in self.all_sightings))

    @property
    def sources(self) -> list[str]:
        """The sources that tell of the event, in order of first publication."""
        ordered = sorted(self.all_sightings, key=lambda s: (s.published or "~", s.seq))
        return list(dict.fromkeys(s.source for s in ordered))

    @property
    def places(self) -> list[str]:
        """The names of the places the sources name, the event's own first."""
        names = [self.place.name] + [s.place.name for s in self.sightings]
        return list(dict.fromkeys(names))

    @property
    def precision(self) -> int:
        """The best precision any source gives the place (3 for a region or country)."""
        if self.level != "place":
            return 3
        return min((s.precision for s in self.sightings), default=3)


def source_label(source: str | None, url: str | None, report: str) -> str:
    """Who published a report: its source, else its link's host, else ``report <id>``.

    Examples
    --------
    >>> source_label(None, "https://www.example.org/a", "r1"), source_label(None, None, "r1")
    ('example.org', 'report r1')
    """
    if source and source.strip():
        return " ".join(source.split())
    host = urlsplit(url or "").hostname or ""
    if host:
        return host.removeprefix("www.")
    return f"report {report}"


def _source_key(label: str) -> str:
    """A source label as compared: case folded."""
    return label.casefold()


def report_digest(ext: Extraction) -> str:
    """A digest of the report's content: its text for a report (the same text from any
    input is the same report), its id and cells for an event-table row."""
    r = ext.report
    if is_table_row(ext.places):
        parts = [r.id, r.text, r.title or "", r.date or "", r.source or ""]
        parts += [f"{k}={v}" for k, v in sorted(ext.facts.items())]
        key = "\x00".join(parts)
    else:
        key = r.text
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def side_of(attacker: str | None, place: Place) -> str:
    """Who attacked: the text's word, else the geography's
    (:func:`geo.understand.damage.attacker_of`)."""
    return attacker or attacker_of("", place.country, place.admin1) or ""


def sightings_of(ext: Extraction, seq: int) -> list[Sighting]:
    """Every place of one report as a :class:`Sighting`, each dated.

    Parameters
    ----------
    ext : Extraction
        One report's extraction.
    seq : int
        Its order among the reports.

    Returns
    -------
    list of Sighting
        One per place, in the report's order (impacts, launches and mentions: a
        correction may make a mention an impact).
    """
    r = ext.report
    source = source_label(r.source, r.url, r.id)
    digest = report_digest(ext)
    table = is_table_row(ext.places)
    dates = impact_dates(r, ext.places, every=True)
    out = []
    for rp, date in zip(ext.places, dates, strict=True):
        out.append(
            Sighting(
                report=r.id,
                digest=digest,
                seq=seq,
                published=r.date,
                source=source,
                title=r.title,
                url=r.url,
                place=rp.place,
                role=rp.role,
                date=date or EventDate(r.date),
                side=side_of(rp.attacker, rp.place),
                facts=dict(rp.facts),
                precision=rp.precision,
                table=table,
                sentence=rp.sentence,
                damage=rp.damage,
            )
        )
    return out


def event_id(unit: str, date: str | None, side: str) -> str:
    """The id of the event at place ``unit`` (a place id) on ``date`` by ``side``.

    Examples
    --------
    >>> event_id("gn:703448", "2025-07-04", "RU")
    'ev-2025-07-04-bee72fa08a'
    """
    digest = hashlib.blake2b(f"{unit}|{side}".encode(), digest_size=5).hexdigest()
    return f"ev-{date or 'undated'}-{digest}"


PlaceById = Callable[[str], Place | None]


def _unit(place: Place, place_by_id: PlaceById) -> tuple[str, Place]:
    """The level and place of the event a place belongs to: a city for its districts (and
    for the neighbourhoods of its districts)."""
    if place.kind == "country":
        return "country", place
    if place.kind == "admin1":
        return "region", place
    unit = place
    for _ in range(4):  # a neighbourhood's district's city
        if unit.kind != "district" or not unit.parent:
            break
        parent = place_by_id(unit.parent)
        if parent is None:
            break
        unit = parent
    return "place", unit


Key = tuple[str, str | None, str, str]


def _owner(s: Sighting) -> str:
    """The report an undated impact keeps to: with no date, nothing says that two reports
    tell of one strike."""
    return "" if s.date.date else s.report


def _key(level: str, place: Place, s: Sighting) -> Key:
    """The grouping key of an impact: its place (or region), date, side and, when undated,
    report."""
    unit = place.admin1 if level == "region" and place.admin1 else place.id
    return unit, s.date.date, s.side, _owner(s)


def _new_event(level: str, place: Place, s: Sighting) -> Event:
    """A new event for an impact at ``place`` (its id from place, date and side)."""
    owner = _owner(s)
    unit = f"{place.id}|{owner}" if owner else place.id
    event = Event(event_id(unit, s.date.date, s.side), s.date.date, s.side, place, level)
    event.owner = owner
    return event


@dataclass
class Grouping:
    """Events being built, with the sightings an analyst put in a named event."""

    events: dict[Key, Event] = field(default_factory=dict)
    by_id: dict[str, Event] = field(default_factory=dict)

    def add(self, key: Key, make: Callable[[], Event]) -> Event:
        """The event under ``key``, made with ``make`` when it is new."""
        event = self.events.get(key)
        if event is None:
            event = self.events[key] = make()
            self.by_id[event.id] = event
        return event


def _place_level(
    sightings: Iterable[Sighting], place_by_id: PlaceById, forced: dict[int, str]
) -> tuple[Grouping, list[Sighting], list[tuple[Sighting, str]]]:
    """Group the impacts finer than a region; return the groups, the region-only impacts
    and the impacts a correction puts in a named event."""
    grouping = Grouping()
    regions: list[Sighting] = []
    named: list[tuple[Sighting, str]] = []
    for s in sightings:
        if s.role != "impact":
            continue
        if id(s) in forced:
            named.append((s, forced[id(s)]))
            continue
        level, place = _unit(s.place, place_by_id)
        if level == "region":
            regions.append(s)
            continue
        key = _key(level, place, s)
        grouping.add(key, lambda lv=level, p=place, sg=s: _new_event(lv, p, sg)).sightings.append(s)
    return grouping, regions, named


def _join_regions(grouping: Grouping, regions: list[Sighting]) -> None:
    """Put each region-only impact in the events of its region, date and side, or in an
    event of its own at the region."""
    inside: dict[Key, list[Event]] = {}
    for event in grouping.events.values():
        if event.level == "place" and event.place.admin1:
            key = (event.place.admin1, event.date, event.side, event.owner)
            inside.setdefault(key, []).append(event)
    for s in regions:
        key = _key("region", s.place, s)
        targets = inside.get(key, [])
        if not targets:
            grouping.add(key, lambda sg=s: _new_event("region", sg.place, sg)).sightings.append(s)
            continue
        for event in targets:
            event.joined.append(s)
            if len(targets) > 1:
                event.shared.add(s.report)


def _place_named(
    grouping: Grouping, named: list[tuple[Sighting, str]], place_by_id: PlaceById
) -> None:
    """Put the impacts a correction names an event for in that event (made when new)."""
    for s, target in named:
        event = grouping.by_id.get(target)
        if event is None:
            level, place = _unit(s.place, place_by_id)
            event = Event(target, s.date.date, s.side, place, level)
            grouping.events[(f"named:{target}", None, "", "")] = event
            grouping.by_id[target] = event
        event.sightings.append(s)


def _report_value(event: Event, sightings: list[Sighting], key: str) -> int | None:
    """One report's ``key`` figure for the event: its place's own, or what it gives the
    places inside it (a city's districts) when larger; None when it states none."""
    own = [s.facts[key] for s in sightings if key in s.facts and s.place.id == event.place.id]
    inner = [s.facts[key] for s in sightings if key in s.facts and s.place.id != event.place.id]
    values = ([max(own)] if own else []) + ([sum(inner)] if inner else [])
    return max(values) if values else None


Statement = tuple[str, str | None, int, str, int]  # source, date, seq, report, value


def _statements(event: Event, sightings: list[Sighting]) -> dict[str, list[Statement]]:
    """The statements of each figure: one per report, the rows of one event table that
    share source and date added into one."""
    per_report: dict[str, list[Sighting]] = {}
    for s in sightings:
        if s.facts:
            per_report.setdefault(s.report, []).append(s)
    out: dict[str, dict[tuple[str, ...], Statement]] = {}
    for report, group in per_report.items():
        first = group[0]
        if first.table:
            stmt = ("table", _source_key(first.source), first.published or "")
        else:
            stmt = ("report", report)
        for key in {k for s in group for k in s.facts}:
            value = _report_value(event, group, key)
            if value is None:
                continue
            told = out.setdefault(key, {})
            if stmt in told:
                src, pub, seq, rep, total = told[stmt]
                told[stmt] = (src, pub, max(seq, first.seq), rep, total + value)
            else:
                told[stmt] = (first.source, first.published, first.seq, report, value)
    return {key: list(told.values()) for key, told in out.items()}


def _candidates(statements: Iterable[Statement], key: str, support: str) -> list[Candidate]:
    """Each source's figure: that of its latest statement."""
    latest: dict[str, Statement] = {}
    for stmt in statements:
        k = _source_key(stmt[0])
        if k not in latest or (stmt[1] or "", stmt[2]) >= (latest[k][1] or "", latest[k][2]):
            latest[k] = stmt
    return [
        Candidate(key, value, source, report, published, support)
        for source, published, _seq, report, value in sorted(
            latest.values(), key=lambda t: (t[1] or "~", t[2])
        )
    ]


def reconcile(event: Event) -> None:
    """Set the event's figures from its sources' by the stated rule (module docstring)."""
    event.figures, event.figure_sources, event.candidates = {}, {}, []
    regional = [s for s in event.joined if s.report not in event.shared]
    placed_told = _statements(event, event.sightings)
    region_told = _statements(event, regional) if regional else {}
    for key in FACT_KEYS:
        if key not in placed_told and key not in region_told:
            continue
        placed = _candidates(placed_told.get(key, ()), key, SUPPORT_PLACE)
        region = _candidates(region_told.get(key, ()), key, SUPPORT_REGION)
        event.candidates += placed + region
        chosen = placed or region
        if chosen:
            best = max(chosen, key=lambda c: c.value)  # the first published of equals
            event.figures[key] = best.value
            event.figure_sources[key] = best.source


def _sort_key(event: Event) -> tuple:
    """Events in order: by date (undated last), country, region, place name and id."""
    p = event.place
    return (event.date is None, event.date or "", p.country, p.admin1 or "", p.name, event.id)


def group_events(
    sightings: Sequence[Sighting],
    place_by_id: PlaceById,
    *,
    forced: dict[int, str] | None = None,
) -> list[Event]:
    """Group impacts into events and reconcile their figures.

    Parameters
    ----------
    sightings : sequence of Sighting
        Every place of every report (:func:`sightings_of`); only impacts make events.
    place_by_id : callable
        Place id → :class:`~geo.records.Place` (``Gazetteer.by_id``), for the city of a
        district.
    forced : dict, optional
        ``id(sighting)`` → event id, for impacts an analyst's correction puts in a named
        event (:mod:`geo.events.corrections`).

    Returns
    -------
    list of Event
        Sorted by date (undated last), country, region, place name and id.

    Examples
    --------
    >>> from geo.events.dates import EventDate
    >>> kyiv = Place("gn:703448", "Kyiv", "settlement", "UA", "UA-30", 50.45, 30.52)
    >>> def seen(report, source, killed):
    ...     return Sighting(report, report, 0, "2025-07-04", source, None, None, kyiv,
    ...                     "impact", EventDate("2025-07-04"), "RU", {"killed": killed})
    >>> [event] = group_events([seen("a", "Wire", 2), seen("b", "Mayor", 3)], lambda i: None)
    >>> event.sources, event.figures
    (['Wire', 'Mayor'], {'killed': 3})
    """
    grouping, regions, named = _place_level(sightings, place_by_id, forced or {})
    _join_regions(grouping, regions)
    _place_named(grouping, named, place_by_id)
    events = sorted(grouping.events.values(), key=_sort_key)
    for event in events:
        reconcile(event)
    return events


def with_date(s: Sighting, date: str | None, cue: str = "correction") -> Sighting:
    """The sighting with its event date set by an analyst."""
    return replace(s, date=EventDate(date, cue, "correction"))
