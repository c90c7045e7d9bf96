"""Kinds of report mended in the thirty-first pass. Every text here was written for these
tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.understand import facts, facts_uk_ru, figure_words, place_facts
from geo.understand.officials import told_at
from tests.conftest import read_report as read

# --- a place's figures are read wherever either language's reader would read one ------------


def test_the_place_test_holds_every_word_of_both_readers() -> None:
    words = set(place_facts._FACT_HINT_WORDS)
    assert set(facts._KIND_HINTS) <= words
    assert set(facts_uk_ru._ALL_HINTS) <= words
    assert set(figure_words.ANY_FIGURE) == words


@pytest.mark.parametrize(
    ("text", "place", "figures"),
    [
        (  # the missiles named by their type, in the place's own sentence
            "At 09:10 two Iskanders hit a depot near the station in Lozova, Kharkiv region. "
            "Eleven people were hurt there. Air defence units downed three drones over the south.",
            "Lozova",
            {"wounded": 11, "missiles": 2},
        ),
        (
            "Three teenagers suffered concussion after the blast in Okhtyrka, officials said.",
            "Okhtyrka",
            {"wounded": 3},
        ),
        (
            "An elderly man sustained fractures when a wall collapsed in Nikopol.",
            "Nikopol",
            {"wounded": 1},
        ),
    ],
)
def test_a_places_figures_told_by_words_only_one_reader_had(
    gaz: Gazetteer, text: str, place: str, figures: dict[str, int]
) -> None:
    _, places = read(text, gaz)
    assert places[place] == ("impact", figures)


# --- a danger regime told with the weapon's adjectives: an alert -----------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Небезпека застосування ударних БпЛА на Чернігівщині. Будьте в укриттях!",
            "Chernihiv Oblast",
        ),
        ("Увага! Небезпека атаки ворожих дронів у Києві.", "Kyiv"),
        ("Опасность атаки БПЛА на территории Курской области отменена.", "Kursk Oblast"),
    ],
)
def test_a_danger_of_strike_drones_is_an_alert(gaz: Gazetteer, text: str, place: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == "mention"


def test_a_strike_told_after_the_threat_stays(gaz: Gazetteer) -> None:
    # guard: the threat's words end at its weapon; the hit told after it is a strike
    _, places = read(
        "Через загрозу ударних БпЛА оголосили тривогу, дрон влучив у школу в Сумах.", gaz
    )
    assert places["Sumy"][0] == "impact"


# --- strikes told as work on a place, the weapon named in another clause ---------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Відпрацювали по Миколаєву — дрони влучили в склад пального.", "Mykolaiv"),
        ("Ночью отработали по Краматорску: ракеты попали в цех.", "Kramatorsk"),
    ],
)
def test_work_on_a_place_by_a_weapon_named_after_it(gaz: Gazetteer, text: str, place: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == "impact"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the air defence's work is shooting down; work on drones or targets too
        ("Зенітники відпрацювали по Черкащині, ракети не долетіли.", "Cherkasy Oblast"),
        ("Мобільні групи відпрацювали по цілях над Вінницею.", "Vinnytsia"),
        ("Розрахунки відпрацювали по дронах над Полтавою.", "Poltava"),
    ],
)
def test_the_air_defences_work_is_no_strike(gaz: Gazetteer, text: str, place: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == "mention"


# --- a week's sum opening its sentence ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Разом за тиждень: 4 загиблих і 19 поранених на Нікопольщині.",
            {"killed": 4, "wounded": 19},
        ),
        (
            "Итого за неделю: в Шебекино погибли 3 человека, ранены 12.",
            {"killed": 3, "wounded": 12},
        ),
    ],
)
def test_a_weeks_sum_is_the_reports(gaz: Gazetteer, text: str, figures: dict[str, int]) -> None:
    report, _ = read(text, gaz)
    assert report == figures


def test_last_weeks_figures_recalled_stay_out(gaz: Gazetteer) -> None:
    # guard: the week recalled before today's count is not today's
    report, _ = read(
        "За минулий тиждень у Херсоні загинули 7 людей. Сьогодні вранці поранено двох.", gaz
    )
    assert report == {"wounded": 2}


# --- a governor's surname heading a line: no place, not an unresolved one ---------------------


def test_a_governors_surname_heading_a_line_is_no_place(gaz: Gazetteer) -> None:
    from geo.places.resolve import extract_report
    from geo.records import Report

    found = extract_report(
        Report("t", "Гусев: в Каменском районе сбит беспилотник, пострадавших нет."), gaz
    )
    assert [p.place.name for p in found.places] == ["Kamenka district"]
    assert not found.unresolved


def test_the_town_of_the_same_name_is_still_read(gaz: Gazetteer) -> None:
    # guard: a town named as one ("в Гусеве") is the town
    assert not told_at("В Гусеве прошёл парад.", 2)
    _, places = read("В Гусеве и в Калининграде прошли учения.", gaz)
    assert "Gusev" in places


# --- people counted by a plural noun the reader lacked ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Two teenagers were hurt when a drone hit a bus stop in Sumy.", {"wounded": 2}),
        ("Three pensioners were killed in the shelling of Kostiantynivka.", {"killed": 3}),
        ("Two girls suffered burns when a drone hit their house in Kherson.", {"wounded": 2}),
    ],
)
def test_people_by_a_plural_noun(gaz: Gazetteer, text: str, figures: dict[str, int]) -> None:
    report, _ = read(text, gaz)
    assert report == figures
