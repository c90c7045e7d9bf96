"""Kinds of report mended in the twenty-seventh pass: the README's Left items (people counted
by the place they are of, interceptions told in the infinitive, a speaker's capital beside a
strike on another city) and a twelfth blind held-out set's kinds. Every text here was written
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
        (
            "Two residents of the Zaporizhzhia region were killed and four were injured.",
            {"killed": 2, "wounded": 4},
        ),
        (
            "Three people from Velyka Pysarivka were wounded by a drone on Monday.",
            {"wounded": 3},
        ),
        (
            "Five civilians of the Kherson region, two of them teenagers, were hurt.",
            {"wounded": 5},
        ),
        (  # guard: a place of one word was read before, and is read once
            "Two residents of Kharkiv were killed in the strike.",
            {"killed": 2},
        ),
        (  # guard: the count of another clause is not taken for these people
            "Rescuers from the Kyiv region worked through the night; 12 people were hurt.",
            {"wounded": 12},
        ),
    ],
)
def test_people_counted_by_the_place_they_are_of(text: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, "en") == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Air defence managed to shoot down 31 drones overnight.", {"intercepted": 31}),
        (  # not drones launched
            "Russia attacked the Odesa region. Air defences were able to destroy 40 drones.",
            {"intercepted": 40},
        ),
        (
            "Crews were able to destroy 12 of the 15 drones launched at the city.",
            {"drones": 15, "intercepted": 12},
        ),
        (  # guard: what a system can do is no figure
            "The new system is able to destroy 100 drones a night, the minister said.",
            {},
        ),
        (  # guard: an attempt is not an interception told
            "Gunners tried to shoot down 3 drones near the plant.",
            {"drones": 3},
        ),
    ],
)
def test_interceptions_told_in_the_infinitive(text: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, "en") == facts


# --- English roles -------------------------------------------------------------------------


def test_a_region_drones_were_managed_to_be_shot_down_over(gaz: Gazetteer) -> None:
    _, places = read("Air defence managed to shoot down 31 drones over the Kyiv region.", gaz)
    assert places["Kyiv Oblast"] == ("impact", {"intercepted": 31})


def test_a_speakers_capital_beside_a_strike_on_another_city(gaz: Gazetteer) -> None:
    _, places = read(
        "Kyiv is still waiting for an answer from Moscow on the prisoner exchange, Zelensky "
        "said after the strikes on Kharkiv.",
        gaz,
    )
    assert places["Kyiv"][0] == "mention"
    assert places["Moscow"][0] == "mention"
    assert places["Kharkiv"][0] == "impact"


@pytest.mark.parametrize(
    "text",
    [  # guards: the strike's object is no place, or the place is the clause's own
        "In Kyiv, attacks on Ukrenergo facilities left 200,000 homes without power.",
        "Kyiv was hit hard, the mayor said after the attacks on Kharkiv and Kyiv.",
    ],
)
def test_a_strike_on_an_object_named_after_the_place(text: str, gaz: Gazetteer) -> None:
    _, places = read(text, gaz)
    assert places["Kyiv"][0] == "impact"
