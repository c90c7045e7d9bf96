"""Tests for geo.places.figures: a place's own figures, shares counted once, the unplaced rest."""

from __future__ import annotations

from geo.places.figures import (
    counted_shares,
    figures_text,
    place_casualties,
    place_figure,
    placed_count,
    report_count,
    unplaced,
)
from geo.records import Extraction, Place, Report, ResolvedPlace

UKRAINE = Place("cc:UA", "Ukraine", "country", "UA", None, 49.0, 31.0)
ZHYTOMYR_REGION = Place("iso:UA-18", "Zhytomyr Oblast", "admin1", "UA", "UA-18", 50.5, 28.5)
ZHYTOMYR = Place("gn:686967", "Zhytomyr", "settlement", "UA", "UA-18", 50.26, 28.66)
KOROSTEN = Place("gn:704147", "Korosten", "settlement", "UA", "UA-18", 50.95, 28.64)
CENTRE = Place("cur:zt:centre", "Centre district", "district", "UA", "UA-18", 50.25, 28.66,
               parent="gn:686967")  # fmt: skip
RIVNE = Place("gn:695594", "Rivne", "settlement", "UA", "UA-56", 50.62, 26.25)


def _rp(place: Place, facts: dict[str, int], role: str = "impact") -> ResolvedPlace:
    return ResolvedPlace("r", place, role, 1, 0.9, (), facts=facts)


def test_not_stated_is_not_zero() -> None:
    nobody = _rp(ZHYTOMYR, {"killed": 0, "wounded": 0})
    silent = _rp(KOROSTEN, {})
    assert place_figure(nobody, "killed") == 0 and place_figure(silent, "killed") is None
    assert place_casualties(silent) == 0
    assert figures_text(nobody.facts) == "killed 0, wounded 0"
    assert figures_text(silent.facts) == "killed not stated, wounded not stated"
    assert figures_text({"intercepted": 12}) == (
        "killed not stated, wounded not stated, intercepted 12"
    )


def test_a_region_figure_covers_the_figures_of_its_own_places() -> None:
    """As in: four killed in the Zhytomyr region, three in Zhytomyr, where one died in the
    centre district; a man wounded in Korosten; two wounded in Rivne."""
    places = [
        _rp(ZHYTOMYR_REGION, {"killed": 4}),
        _rp(ZHYTOMYR, {"killed": 3}),
        _rp(CENTRE, {"killed": 1}),
        _rp(KOROSTEN, {"wounded": 1}),
        _rp(RIVNE, {"wounded": 2}),
        _rp(RIVNE, {"killed": 9}, role="mention"),  # a mention's figure is never counted
    ]
    assert counted_shares(places, "killed") == [1, 2, 1, 0, 0, 0]
    assert counted_shares(places, "wounded") == [0, 0, 0, 1, 2, 0]


def test_places_that_add_up_to_more_than_their_region_count_whole() -> None:
    places = [_rp(ZHYTOMYR_REGION, {"killed": 1}), _rp(ZHYTOMYR, {"killed": 2}),
              _rp(KOROSTEN, {"killed": 1})]  # fmt: skip
    assert counted_shares(places, "killed") == [0, 2, 1]


def test_a_country_figure_covers_its_places() -> None:
    places = [_rp(UKRAINE, {"killed": 5}), _rp(RIVNE, {"killed": 2})]
    assert counted_shares(places, "killed") == [3, 2]


def test_report_count_is_the_total_or_the_placed_sum_when_larger() -> None:
    places = (_rp(ZHYTOMYR, {"killed": 2, "wounded": 5}), _rp(RIVNE, {"wounded": 1}))
    ext = Extraction(Report("r", "text"), places, {"killed": 7, "wounded": 4})
    assert (placed_count(ext, "killed"), report_count(ext, "killed")) == (2, 7)
    assert unplaced(ext, "killed") == 5
    # A recalled earlier strike gives its place more than the stated total covers.
    assert (placed_count(ext, "wounded"), report_count(ext, "wounded")) == (6, 6)
    assert unplaced(ext, "wounded") == 0
