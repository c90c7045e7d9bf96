"""Kinds of report mended in the twenty-sixth pass: the Left items of the passes before
(lists of lower-case region adjectives and of officials' seats, people taken to hospital,
figures a sentence tells as untrue or as a capability, people named with their region, a
bus's route, FPV drones). Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.understand.facts import extract_facts
from tests.conftest import read_report as read

# --- places -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "Удари зафіксовано у харківській, сумській та чернігівській областях.",
            {"Kharkiv Oblast", "Sumy Oblast", "Chernihiv Oblast"},
        ),
        (
            "Атакам подверглись объекты в курской, брянской и белгородской областях.",
            {"Kursk Oblast", "Bryansk Oblast", "Belgorod Oblast"},
        ),
        (
            "Вибухи пролунали в полтавській і дніпропетровській областях.",
            {"Poltava Oblast", "Dnipropetrovsk Oblast"},
        ),
    ],
)
def test_a_list_of_region_adjectives_in_lower_case(
    text: str, regions: set[str], gaz: Gazetteer
) -> None:
    _, places = read(text, gaz)
    assert {name for name, (role, _) in places.items() if role == "impact"} == regions


def test_a_lower_case_word_before_a_region_adjective_is_no_region(gaz: Gazetteer) -> None:
    # guard: only words with a region adjective's ending, parted by a comma or "та", count
    _, places = read("Вночі у великій сумській області лунали вибухи.", gaz)
    assert set(places) == {"Sumy Oblast"}


@pytest.mark.parametrize(
    "text",
    [
        "Мэры Курска, Брянска и Орла обсудили защиту городов от атак беспилотников.",
        "Мери Сум, Конотопа та Шостки обговорили захист міст від атак дронів.",
        "The mayors of Kursk, Bryansk and Oryol discussed how to shield their cities from "
        "drone attacks.",
    ],
)
def test_every_name_of_a_list_of_officials_seats_is_a_seat(text: str, gaz: Gazetteer) -> None:
    _, places = read(text, gaz)
    assert len(places) == 3
    assert {role for role, _ in places.values()} == {"mention"}


@pytest.mark.parametrize(
    ("text", "seat", "struck"),
    [  # guards: one official's seat, then the places struck, listed or told after
        (
            "Губернатор Курської області повідомив, що Курчатов і Льгов атаковані.",
            "Kursk Oblast",
            ("Kurchatov", "Lgov"),
        ),
        (
            "По словам мэра Белгорода, Шебекино и Грайворон снова попали под обстрел.",
            "Belgorod",
            ("Shebekino", "Grayvoron"),
        ),
        (
            "За словами голови Харкова, Чугуїв і Золочів теж зазнали обстрілів.",
            "Kharkiv",
            ("Chuhuyiv", "Zolochiv"),
        ),
        (
            "According to the mayor of Kherson, Antonivka and Chornobaivka came under fire again.",
            "Kherson",
            ("Antonivka", "Chornobaivka"),
        ),
    ],
)
def test_places_listed_after_one_officials_seat_stay_struck(
    text: str, seat: str, struck: tuple[str, str], gaz: Gazetteer
) -> None:
    _, places = read(text, gaz)
    assert places[seat][0] == "mention"
    assert [places[name][0] for name in struck] == ["impact", "impact"]


@pytest.mark.parametrize(
    ("text", "home", "struck", "facts"),
    [
        (
            "Житель Курской области погиб при атаке беспилотника на Белгород.",
            "Kursk Oblast",
            "Belgorod",
            {"killed": 1},
        ),
        (
            "Мешканець Сумщини загинув унаслідок удару по Харкову.",
            "Sumy Oblast",
            "Kharkiv",
            {"killed": 1},
        ),
        (
            "A resident of the Kursk region was killed when a drone struck Belgorod.",
            "Kursk Oblast",
            "Belgorod",
            {"killed": 1},
        ),
    ],
)
def test_the_region_a_person_is_of_is_not_where_they_were_hurt(
    text: str, home: str, struck: str, facts: dict[str, int], gaz: Gazetteer
) -> None:
    found, places = read(text, gaz)
    assert places[home][0] == "mention"
    assert places[struck][0] == "impact"
    assert found == facts


@pytest.mark.parametrize(
    ("text", "places_struck"),
    [  # guards: the other place's own clause tells of people harmed there
        ("Житель Брянска погиб, в Рыльске ранены двое.", {"Bryansk", "Ryl’sk"}),
        (
            "Жительница Белгородской области погибла, в Курской области ранены двое.",
            {"Belgorod Oblast", "Kursk Oblast"},
        ),
        (
            "Житель Харківської області поранений, ще один загинув у Херсоні.",
            {"Kharkiv Oblast", "Kherson"},
        ),
    ],
)
def test_a_persons_place_stays_struck_beside_a_clause_of_harm_elsewhere(
    text: str, places_struck: set[str], gaz: Gazetteer
) -> None:
    _, places = read(text, gaz)
    assert {name for name, (role, _) in places.items() if role == "impact"} == places_struck


def test_a_person_named_with_their_region_is_counted(gaz: Gazetteer) -> None:
    found, places = read("A resident of the Donetsk region was killed in a strike on Kharkiv.", gaz)
    assert found == {"killed": 1}
    assert places["Donetsk Oblast"][0] == "mention"


def test_a_person_of_a_region_alone_was_hurt_there(gaz: Gazetteer) -> None:
    # guard: with no other place struck, the region is where it happened
    _, places = read("Жительница Белгородской области пострадала при атаке дрона.", gaz)
    assert places == {"Belgorod Oblast": ("impact", {"wounded": 1})}


@pytest.mark.parametrize(
    ("text", "route", "struck"),
    [
        ("Росіяни обстріляли автобус з Вовчанська, поранено водія.", "Vovchansk", None),
        (
            "Дрон атакував маршрутку, що їхала до Херсона, у Білозерці поранено трьох пасажирів.",
            "Kherson",
            "Bilozerka",
        ),
        (
            "A Russian drone hit a bus carrying evacuees from Vovchansk on the road to Kharkiv.",
            "Vovchansk",
            None,
        ),
    ],
)
def test_where_a_bus_came_from_or_went_to_is_not_struck(
    text: str, route: str, struck: str | None, gaz: Gazetteer
) -> None:
    _, places = read(text, gaz)
    assert places[route][0] == "mention"
    if struck:
        assert places[struck][0] == "impact"


def test_where_a_bus_went_told_after_where_it_was(gaz: Gazetteer) -> None:
    _, places = read("Під обстріл потрапив автобус у Херсоні, що прямував до Миколаєва.", gaz)
    assert places["Kherson"][0] == "impact"
    assert places["Mykolaiv"] == ("mention", {})


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Дрон ударил по автобусу в Херсоне, ранены двое.", "Kherson"),
        ("A bus from Kherson's own fleet was hit by a drone in the city, wounding two.", "Kherson"),
        ("A drone hit a bus in Kherson, wounding two.", "Kherson"),
    ],
)
def test_a_bus_struck_in_a_town_leaves_the_town_struck(
    text: str, place: str, gaz: Gazetteer
) -> None:
    _, places = read(text, gaz)
    assert places[place] == ("impact", {"wounded": 2})


# --- figures ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "facts"),
    [
        ("Унаслідок удару по Запоріжжю госпіталізовано шість людей.", "uk", {"wounded": 6}),
        ("В Курске после атаки дрона госпитализированы четыре человека.", "ru", {"wounded": 4}),
        # a count of the wounded outweighs the people taken to hospital
        ("У Харкові поранено 5 людей, з них госпіталізовано двох.", "uk", {"wounded": 5}),
        ("Пострадали три человека. Двое из них госпитализированы.", "ru", {"wounded": 3}),
        # patients moved from a hospital struck are no count of the wounded
        ("Після удару по лікарні до інших закладів госпіталізовано 90 пацієнтів.", "uk", {}),
    ],
)
def test_people_taken_to_hospital_are_the_wounded_where_none_are_counted(
    text: str, lang: str, facts: dict[str, int]
) -> None:
    assert extract_facts(text, lang) == facts


def test_the_hospitalised_count_goes_to_the_place_struck(gaz: Gazetteer) -> None:
    _, places = read("Після атаки на Запоріжжя госпіталізовано 6 людей.", gaz)
    assert places["Zaporizhzhia"] == ("impact", {"wounded": 6})


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Вночі сили ППО знищили 14 FPV-дронів над Харківщиною.", {"intercepted": 14}),
        ("Над Белгородской областью за сутки сбиты 27 FPV-дронов.", {"intercepted": 27}),
        ("Ворог атакував Нікополь 12 FPV-дронами.", {"drones": 12}),
    ],
)
def test_fpv_drones_are_drones(text: str, facts: dict[str, int]) -> None:
    lang = "ru" if "сбиты" in text else "uk"
    assert extract_facts(text, lang) == facts


@pytest.mark.parametrize(
    ("text", "lang", "facts"),
    [
        ("Уночі над Сумщиною знищили 11 FPV-дронів та 4 ударні БпЛА.", "uk", {"intercepted": 15}),
        ("Над Курской областью уничтожены 10 беспилотников и 2 ракеты.", "ru", {"intercepted": 12}),
        # guard: counts of two places stay a list of places
        ("Уночі над Харківщиною збито 6 шахедів, над Сумщиною – 2.", "uk", {"intercepted": 8}),
    ],
)
def test_counts_of_one_kind_over_one_place_add_up(
    text: str, lang: str, facts: dict[str, int]
) -> None:
    assert extract_facts(text, lang) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Reports that the strike on Dnipro killed 50 people are false, the governor said.", {}),
        ("Claims that 30 drones were shot down over Kursk were untrue, officials said.", {}),
        ("The ministry denied claims that 40 drones were shot down over Kursk.", {}),
        ("The new battery is capable of intercepting 100 drones a night.", {}),
        ("Russia can now produce 90 Shahed drones a day, the report said.", {}),
        ("Claims that 25 drones were downed over Crimea were later shown to be false.", {}),
        ("The governor denied that 5 people were killed in Belgorod.", {}),
        # guards: what happened is still read beside such words
        ("Kyiv was attacked by 20 drones; 3 people were killed.", {"killed": 3, "drones": 20}),
        (
            "Moscow denied that it had aimed at civilians in the strike that killed 11 people "
            "in Sumy.",
            {"killed": 11},
        ),
        (
            "The Kremlin rejected claims that the attack on Izium, which killed 9 people, was "
            "deliberate.",
            {"killed": 9},
        ),
        (
            "The mayor dismissed reports that the city had no shelters after 4 people were "
            "killed in Kherson.",
            {"killed": 4},
        ),
        (
            "Kyiv's mayor denied that the city was left without air defence, as 18 drones were "
            "shot down overnight.",
            {"intercepted": 18},
        ),
        ("Glide bombs that can strike from 70 km away killed 2 people in Kharkiv.", {"killed": 2}),
        (
            "The governor denied that the dam was hit, saying 2 people were wounded in Kherson.",
            {"wounded": 2},
        ),
    ],
)
def test_figures_told_as_untrue_or_as_a_capability_are_not_read(
    text: str, facts: dict[str, int]
) -> None:
    assert extract_facts(text, "en") == facts


def test_a_strike_whose_toll_is_denied_stays_a_strike(gaz: Gazetteer) -> None:
    found, places = read(
        "Reports that the strike on Dnipro killed 50 people are false, the governor said.", gaz
    )
    assert found == {}
    assert places["Dnipro"][0] == "impact"
