"""Headline numbers: digits and words, totals, updates, and numbers that are not facts."""

from __future__ import annotations

import pytest

from geo.facts import extract_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # launched weapons, digits and words
        ("Overnight Russia launched 310 drones and 9 missiles.", {"drones": 310, "missiles": 9}),
        ("The enemy fired twelve cruise missiles.", {"missiles": 12}),
        ("They used at least a dozen Shahed-type attack drones.", {"drones": 12}),
        (
            "Forty-two drones and two Iskander-M ballistic missiles were used.",
            {"drones": 42, "missiles": 2},
        ),
        ("A single Kh-22 missile struck the plant.", {"missiles": 1}),
        # model numbers and stocks are not counts of an attack
        ("Two carriers of Kalibr missiles with a total salvo of 16 missiles are on duty.", {}),
        ("Kh-101 cruise missiles were fired by bombers.", {}),
        # killed and wounded
        ("Four people were killed and 17 injured.", {"killed": 4, "wounded": 17}),
        ("The strike killed 6 and wounded 30.", {"killed": 6, "wounded": 30}),
        ("Seventy-two people were injured, nine of them teenagers.", {"wounded": 72}),
        ("A man was killed in his car.", {"killed": 1}),
        # ages, dates, times and house numbers are not facts
        ("A 45-year-old woman was injured at 03:40 on 12 May in house No. 7.", {}),
        # intercepted
        ("Air defences shot down 280 of them.", {"intercepted": 280}),
        ("In all, 96 drones were destroyed overnight.", {"intercepted": 96}),
        ("The army destroyed 40 of the missiles and six drones.", {"intercepted": 46}),
        (
            "It fired 20 missiles, 15 of which were intercepted.",
            {"missiles": 20, "intercepted": 15},
        ),
        ("Air defences shot down 56 out of 123 Shahed drones.", {"drones": 123, "intercepted": 56}),
        ("Of the 40 missiles, 38 were shot down.", {"missiles": 40, "intercepted": 38}),
        (
            "They launched 6 Iskander-M missiles and 45 Shahed and decoy drones.",
            {"drones": 45, "missiles": 6},
        ),
    ],
)
def test_facts(text: str, expected: dict[str, int]) -> None:
    assert extract_facts(text) == expected


def test_update_wins_over_first_figure() -> None:
    text = (
        "Officials first reported three dead. By the evening the death toll had risen to "
        "eleven. Twenty-five people were wounded."
    )
    assert extract_facts(text) == {"killed": 11, "wounded": 25}


def test_update_of_wounded_goes_to_wounded() -> None:
    text = "He first said 8 people were injured; later the figure had climbed to 14."
    assert extract_facts(text) == {"wounded": 14}


def test_earlier_attack_is_not_counted() -> None:
    text = (
        "A drone killed two people in the town on Monday. Last year a missile strike on "
        "the same street killed 40 people."
    )
    assert extract_facts(text) == {"killed": 2}


def test_stated_total_wins() -> None:
    text = (
        "One woman was wounded in the village. In total, 9 people were wounded across the region."
    )
    assert extract_facts(text)["wounded"] == 9


def test_nothing_stated() -> None:
    assert extract_facts("Sirens sounded in the capital for two hours.") == {}
