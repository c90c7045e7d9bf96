"""Mention finding: names, qualifiers, lists, scripts, and words that only look like places."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.understand.mentions import find_mentions


def spans(text: str, gaz: Gazetteer) -> list[tuple[str, str | None]]:
    return [(m.span.text, m.qualifier) for m in find_mentions(text, gaz)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones hit Kharkiv at night.", [("Kharkiv", None)]),
        ("A depot burned in Rostov-on-Don.", [("Rostov-on-Don", None)]),
        ("Shelling hit Kryvyi Rih again.", [("Kryvyi Rih", None)]),
        ("Debris fell in the Kharkiv region.", [("Kharkiv region", None)]),
        ("Sumy Oblast reported damage.", [("Sumy Oblast", None)]),
        ("Odesa province lost power.", [("Odesa province", None)]),
        (
            "A fire broke out in Kyiv's Sviatoshynskyi district.",
            [("Kyiv", None), ("Sviatoshynskyi district", None)],
        ),
        ("Guided bombs hit the Graivoron district.", [("Graivoron district", "raion")]),
        # (a community is a hromada, not the raion of its name)
        ("A strike on the Balakliia community.", [("Balakliia community", "hromada")]),
        ("The Kharkiv regional administration said so.", [("Kharkiv regional", "regional")]),
        (
            "A drone hit Odesa oblast's Izmail district.",
            [("Odesa oblast", None), ("Izmail district", None)],
        ),
        ("Sirens sounded in Київ overnight.", [("Київ", None)]),
        (
            "Drones struck Kyiv (Київ) and Kharkiv (Харків).",
            [("Kyiv", None), ("Київ", None), ("Kharkiv", None), ("Харків", None)],
        ),
        (
            "Blasts were heard in Kam’ianske and Kam'ianske.",
            [("Kam’ianske", None), ("Kam'ianske", None)],
        ),
    ],
)
def test_mentions_and_qualifiers(text: str, expected: list, gaz: Gazetteer) -> None:
    assert spans(text, gaz) == expected


def test_plural_region_list_marks_every_item(gaz: Gazetteer) -> None:
    found = spans("Drones were downed over the Belgorod, Kursk and Bryansk regions.", gaz)
    assert found == [("Belgorod", "region"), ("Kursk", "region"), ("Bryansk regions", "region")]


def test_candidates_are_ranked(gaz: Gazetteer) -> None:
    (m,) = find_mentions("A missile hit Odessa.", gaz)
    assert m.candidates[0].name == "Odesa" and m.candidates[0].admin1 == "UA-51"


@pytest.mark.parametrize(
    "text",
    [
        "President Zelensky said the strikes must stop.",
        "Ukrainska Pravda reported the attack on Telegram.",
        "Police said nobody was hurt.",
        "Most of the drones were shot down.",
        "The Black Sea Fleet lost a ship.",
        "Governor Vyacheslav Gladkov said two were hurt.",
        "drones over kharkiv",  # lower case is not a name
    ],
)
def test_words_that_are_not_places(text: str, gaz: Gazetteer) -> None:
    names = [t for t, _ in spans(text, gaz)]
    assert not any(
        n
        in (
            "Zelensky",
            "Pravda",
            "Telegram",
            "Police",
            "Most",
            "Black Sea",
            "Vyacheslav",
            "kharkiv",
        )
        for n in names
    ), names


def test_person_name_beside_a_place_name(gaz: Gazetteer) -> None:
    # "Lysak" and "Serhiy" are not places; "Dnipro" after them still is
    found = [t for t, _ in spans("Serhiy Lysak said Dnipro was hit.", gaz)]
    assert found == ["Dnipro"]


def test_common_word_place_needs_context(gaz: Gazetteer) -> None:
    # Bar is a town in Vinnytsia region, and an English word
    assert [t for t, _ in spans("A drone hit a gas station in Bar overnight.", gaz)] == ["Bar"]
    assert spans("Bar none, it was the worst night.", gaz) == []


def test_moscow_time_is_not_a_place(gaz: Gazetteer) -> None:
    assert spans("Between 2 a.m. and 5 a.m. Moscow time.", gaz) == []


def test_unknown_names_are_reported(gaz: Gazetteer) -> None:
    from geo.understand.mentions import find_unknown_names

    text = (
        "Drones flew in from the direction of Cape Fiolent and struck a depot in Kharkiv on "
        "Friday. Flights stopped at Sheremetyevo, the ministry said on Telegram."
    )
    unknown = [s.text for s in find_unknown_names(text, find_mentions(text, gaz), gaz)]
    assert unknown == ["Cape Fiolent", "Sheremetyevo"]


def test_extract_lists_unresolved_with_reason(gaz: Gazetteer) -> None:
    from geo.places.resolve import extract_report
    from geo.records import Report

    text = "A drone hit a warehouse near Zzyzxovka and another one in Poltava."
    ext = extract_report(Report(id="u", text=text), gaz)
    assert [(u.span.text, u.reason) for u in ext.unresolved] == [
        ("Zzyzxovka", "not in the gazetteer")
    ]
    assert text[ext.unresolved[0].span.start : ext.unresolved[0].span.end] == "Zzyzxovka"


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck Kyiv overnight on Jan. 9, killing two.",
        "On 9 Jul 2025 drones hit Kyiv.",
        "Strikes on Kyiv resumed Jan 12.",
    ],
)
def test_a_month_written_short_is_a_date(text: str, gaz: Gazetteer) -> None:
    assert spans(text, gaz) == [("Kyiv", None)]
