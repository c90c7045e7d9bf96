"""Kinds of report mended in the twenty-eighth pass: the README's Left items (one person named
by what they were, "the driver was killed"; a Russian list of the dead cut where the hurt's
own clause begins) and a fourteenth blind held-out set's kinds. Every text here was written
for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.understand.facts import extract_facts
from tests.conftest import read_report as read

# --- English figures -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("A drone hit a minibus in Irpin. The driver was killed.", {"killed": 1}),
        ("A shell struck a car near Nikopol; its driver was injured.", {"wounded": 1}),
        (
            "A drone hit a truck. The driver was killed and his passenger was badly hurt.",
            {"killed": 1, "wounded": 1},
        ),
        (
            "A glide bomb hit a house in Kupiansk. The owner, a pensioner of 78, was wounded.",
            {"wounded": 1},
        ),
        ("A missile struck a depot. The woman was injured by glass.", {"wounded": 1}),
        (
            "A drone hit a car in Irpin. His passenger was taken to a hospital with shrapnel "
            "wounds.",
            {"wounded": 1},
        ),
        ("A missile hit a warehouse. A guard was hospitalised with burns.", {"wounded": 1}),
        (  # the dead and another hurt: each once
            "A drone hit a car. A man was killed and his wife was taken to hospital with burns.",
            {"killed": 1, "wounded": 1},
        ),
        (  # guard: no harm of the strike
            "A drone hit a car. A woman was taken to hospital with a heart attack.",
            {},
        ),
        (  # guard: the count told first stands; the person named after is one of them
            "Two people were killed in the strike. The driver was killed on the spot.",
            {"killed": 2},
        ),
        (  # guard: a group is no one person
            "A drone hit a bus stop. The residents were shaken but unhurt.",
            {},
        ),
        (  # guard: a person who did the harm to others
            "The driver was arrested after the crash, police said.",
            {},
        ),
    ],
)
def test_one_person_named_by_what_they_were(text: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, "en") == facts


# --- Ukrainian and Russian figures -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "facts"),
    [
        (
            "Внаслідок удару по Ізюму загинув чоловік, жінка та дитина поранені.",
            "uk",
            {"killed": 1, "wounded": 2},
        ),
        (
            "При атаке на Шебекино погиб мужчина, женщина и подросток ранены.",
            "ru",
            {"killed": 1, "wounded": 2},
        ),
        (  # guard: a list with no clause of its own after it: all of them dead
            "Внаслідок удару по Ізюму загинули чоловік, жінка та дитина.",
            "uk",
            {"killed": 3},
        ),
        (  # guard: the hurt's clause after a comma was cut before
            "В Шебекино погибли мужчина и женщина, ребенок ранен.",
            "ru",
            {"killed": 2, "wounded": 1},
        ),
    ],
)
def test_list_of_the_dead_cut_where_the_hurts_clause_begins(
    text: str, lang: str, facts: dict[str, int]
) -> None:
    assert extract_facts(text, lang) == facts


# --- Russian districts named in English -------------------------------------------------------


def test_a_district_of_a_town_with_a_compound_name(gaz: Gazetteer) -> None:
    _, places = read(
        "Gladkov said drones hit the Novooskolsky and Krasnoyaruzhsky districts of the Belgorod "
        "region, and the Starooskolsky urban district.",
        gaz,
    )
    assert places["Novy Oskol district"][0] == "impact"
    assert places["Krasnaya Yaruga district"][0] == "impact"
    assert places["Staryy Oskol district"][0] == "impact"


def test_a_district_of_a_stanitsa_and_the_ending_oy(gaz: Gazetteer) -> None:
    _, places = read(
        "Debris fell in the Kanevskoy and Novopokrovsky districts of the Krasnodar region.", gaz
    )
    assert places["Kanevskaya district"][0] == "impact"
    assert places["Novopokrovskaya district"][0] == "impact"
