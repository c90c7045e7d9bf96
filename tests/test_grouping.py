"""Events: impacts of many reports grouped by place, event date and side, with every source
listed. Every text here was written for these tests (the two Kyiv versions beside the seed-like
example are in ``examples/``)."""

from __future__ import annotations

from geo.events.dates import EventDate
from geo.events.grouping import Event, Sighting, event_id, group_events, sightings_of
from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Place, Report

from .conftest import EXAMPLES

KYIV = Place("gn:703448", "Kyiv", "settlement", "UA", "UA-30", 50.45, 30.52)
ODESA = Place("gn:698740", "Odesa", "settlement", "UA", "UA-51", 46.48, 30.73)
IZMAIL = Place("gn:707688", "Izmayil", "settlement", "UA", "UA-51", 45.35, 28.84)
ODESA_OBLAST = Place("iso:UA-51", "Odesa Oblast", "admin1", "UA", "UA-51", 46.6, 30.5)
UKRAINE = Place("cc:UA", "Ukraine", "country", "UA", None, None, None)


def seen(
    report: str,
    place: Place = ODESA,
    *,
    source: str | None = None,
    date: str = "2025-07-04",
    published: str | None = None,
    side: str = "RU",
    seq: int = 0,
    table: bool = False,
    **facts: int,
) -> Sighting:
    """One report's impact at a place."""
    return Sighting(
        report,
        report,
        seq,
        published or date,
        source or f"source of {report}",
        None,
        None,
        place,
        "impact",
        EventDate(date),
        side,
        facts,
        table=table,
    )


def group(*sightings: Sighting) -> list[Event]:
    return group_events(list(sightings), lambda _id: None)


def events_of(texts: list[tuple[str, str, str]], gaz: Gazetteer) -> list[Event]:
    """Events of (id, date, text) reports, each its own source."""
    sightings = []
    for i, (rid, date, text) in enumerate(texts):
        ext = extract_report(Report(rid, text, date=date, source=f"outlet {rid}"), gaz)
        sightings += sightings_of(ext, i)
    return group_events(sightings, gaz.by_id)


def by_name(events: list[Event]) -> dict[str, list[Event]]:
    out: dict[str, list[Event]] = {}
    for e in events:
        out.setdefault(e.place.name, []).append(e)
    return out


def test_one_strike_told_twice_is_one_event_with_both_sources(gaz: Gazetteer) -> None:
    events = events_of(
        [
            ("a", "2025-07-04", "Russian drones hit Poltava overnight, wounding three people."),
            ("b", "2025-07-04", "Вночі ворог атакував Полтаву дронами, поранено трьох людей."),
        ],
        gaz,
    )
    [poltava] = by_name(events)["Poltava"]
    assert poltava.sources == ["outlet a", "outlet b"] and poltava.figures == {"wounded": 3}


def test_districts_join_their_city(gaz: Gazetteer) -> None:
    events = events_of(
        [
            ("a", "2025-07-04", "Drones attacked Kyiv overnight, damaging homes in Obolonskyi."),
            ("b", "2025-07-04", "Уночі уламки дрона впали в Дарницькому районі столиці."),
        ],
        gaz,
    )
    [kyiv] = by_name(events)["Kyiv"]
    assert kyiv.reports == ["a", "b"]
    assert "Obolonskyi district" in kyiv.places
    assert all(e.place.kind != "district" for e in events)


def test_the_same_place_on_another_day_is_another_event(gaz: Gazetteer) -> None:
    events = events_of(
        [
            ("a", "2025-07-04", "A missile hit the port of Odesa overnight."),
            ("b", "2025-07-04", "On Tuesday, drones struck an apartment block in Odesa."),
        ],
        gaz,
    )
    assert sorted(e.date for e in by_name(events)["Odesa"]) == ["2025-07-01", "2025-07-04"]


def test_each_side_is_its_own_event() -> None:
    events = group(seen("a", side="UA"), seen("b", side="RU"))
    assert len(events) == 2


def test_towns_of_one_name_in_two_oblasts_stay_apart(gaz: Gazetteer) -> None:
    events = events_of(
        [
            ("a", "2025-07-04", "Russian artillery shelled Zolochiv in the Kharkiv region."),
            ("b", "2025-07-04", "Уночі дрони атакували Золочів на Львівщині."),
        ],
        gaz,
    )
    zolochiv = by_name(events)["Zolochiv"]
    assert sorted(e.place.admin1 for e in zolochiv) == ["UA-46", "UA-63"]


def test_a_region_only_mention_joins_the_one_event_inside_it() -> None:
    events = group(seen("a", IZMAIL, wounded=2), seen("b", ODESA_OBLAST, wounded=5))
    [event] = events
    assert event.place == IZMAIL and event.reports == ["a", "b"]
    assert event.figures == {"wounded": 2}  # the place's figure wins over the region's
    [alone] = group(seen("b", ODESA_OBLAST, wounded=5), seen("c", IZMAIL))
    assert alone.figures == {"wounded": 5}  # no figure at the place: the region's counts


def test_a_region_only_mention_is_listed_on_every_event_inside_it() -> None:
    events = group(seen("a", IZMAIL), seen("b", ODESA), seen("c", ODESA_OBLAST, killed=4))
    assert [e.reports for e in events] == [["a", "c"], ["b", "c"]]
    assert all(e.figures == {} for e in events)  # whose four killed is not told


def test_a_region_only_mention_alone_is_an_event_at_the_region() -> None:
    [event] = group(seen("a", ODESA_OBLAST, date="2025-07-03"), seen("b", IZMAIL))[:1]
    assert event.level == "region" and event.date == "2025-07-03"


def test_a_country_wide_impact_joins_nothing() -> None:
    events = group(seen("a", UKRAINE, drones=90), seen("b", KYIV))
    assert sorted(e.level for e in events) == ["country", "place"]


def test_the_latest_update_of_one_source_wins() -> None:
    events = group(
        seen("a", source="Governor", seq=0, killed=2, wounded=9),
        seen("b", source="Governor", seq=1, wounded=15),
        seen("c", source="Governor", seq=2, published="2025-07-05", killed=3),
    )
    assert events[0].figures == {"killed": 3, "wounded": 15}


def test_across_sources_the_highest_is_taken_never_the_sum() -> None:
    [event] = group(
        seen("a", source="Wire", killed=2), seen("b", source="Mayor", killed=3, wounded=1)
    )
    assert event.figures == {"killed": 3, "wounded": 1}
    assert event.figure_sources == {"killed": "Mayor", "wounded": "Mayor"}
    assert sorted((c.source, c.value) for c in event.candidates if c.key == "killed") == [
        ("Mayor", 3),
        ("Wire", 2),
    ]


def test_rows_of_one_table_statement_add_up() -> None:
    rows = [
        seen("t:2", UKRAINE, source="air force post 7", table=True, drones=80, intercepted=70),
        seen("t:3", UKRAINE, source="air force post 7", table=True, missiles=4, intercepted=3),
    ]
    [event] = group(*rows)
    assert event.figures == {"drones": 80, "missiles": 4, "intercepted": 73}


def test_event_ids_are_deterministic_and_kept_on_append() -> None:
    first = group(seen("a"), seen("b", KYIV))
    again = group(seen("b", KYIV), seen("a"), seen("c", IZMAIL), seen("d", KYIV))
    assert {e.id for e in first} <= {e.id for e in again}
    assert first[0].id == event_id(first[0].place.id, "2025-07-04", "RU")


def test_the_seed_night_told_three_ways(gaz: Gazetteer) -> None:
    names = ("kyiv_night.txt", "kyiv_night_wire.txt", "kyiv_governor_uk.txt")
    sightings = []
    for i, name in enumerate(names):
        text = (EXAMPLES / name).read_text(encoding="utf-8")
        head, _, body = text.partition("\n\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines())
        report = Report(name, body, meta["Title"], meta["Date"], meta["Source"])
        sightings += sightings_of(extract_report(report, gaz), i)
    events = by_name(group_events(sightings, gaz.by_id))
    [kyiv] = events["Kyiv"]
    assert kyiv.date == "2025-07-04" and len(kyiv.sources) == 3
    assert kyiv.figures["wounded"] == 23
    [rostov] = events["Rostov Oblast"]
    assert rostov.side == "UA" and rostov.figures == {"killed": 1}
    assert rostov.reports == ["kyiv_night.txt", "kyiv_night_wire.txt"]
