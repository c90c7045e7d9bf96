"""Figures a report states as a total and then parts among places ("wounded nine in the
region: six in A and three in B"), and interceptions told without naming the weapon again
("20 drones; 17 were shot down", "усі збито"). Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report
from geo.understand.facts import extract_facts


def figures(text: str, gaz: Gazetteer) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """The report's figures and each impact place's non-empty figures, by place name."""
    ex = extract_report(Report("t", text), gaz)
    places = {p.place.name: dict(p.facts) for p in ex.places if p.role == "impact" and p.facts}
    return dict(ex.facts), places


# -- a total parted after a colon ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [
        (
            "Shelling wounded nine people in the Kharkiv region over the last 24 hours: "
            "six in Kupiansk and three in Izium.",
            {"wounded": 9},
            {"Kupiansk": {"wounded": 6}, "Izium": {"wounded": 3}},
        ),
        (
            "В Курской области за сутки пострадали пятеро: трое в Рыльске, двое в Льгове.",
            {"wounded": 5},
            {"Ryl’sk": {"wounded": 3}},
        ),
        (
            "Внаслідок обстрілу Херсона та Берислава загинули троє людей: двоє в Херсоні, "
            "один у Бериславі.",
            {"killed": 3},
            {"Kherson": {"killed": 2}, "Beryslav": {"killed": 1}},
        ),
        (
            "Drones hit Mykolaiv overnight, wounding five people: three in Mykolaiv itself "
            "and two in Ochakiv.",
            {"wounded": 5},
            {"Mykolaiv": {"wounded": 3}, "Ochakiv": {"wounded": 2}},
        ),
    ],
)
def test_a_total_parted_among_places(
    text: str, total: dict[str, int], parts: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    report, places = figures(text, gaz)
    assert report == total  # the parts are not added to the total again
    for name, figure in parts.items():
        assert places.get(name) == figure, places


def test_a_span_of_hours_is_no_count_before_a_list(gaz: Gazetteer) -> None:
    text = (
        "Over the past 48 hours attacks killed four people in the Donetsk region: "
        "three in Pokrovsk and one in Kostiantynivka."
    )
    report, places = figures(text, gaz)
    assert report == {"killed": 4}
    assert places["Pokrovsk"] == {"killed": 3}
    assert places["Kostiantynivka"] == {"killed": 1}


def test_a_single_victim_then_an_elided_count(gaz: Gazetteer) -> None:
    text = "One resident was killed in Siversk and two in Lyman during the shelling."
    report, places = figures(text, gaz)
    assert report == {"killed": 3}
    assert places == {"Siversk": {"killed": 1}, "Lyman": {"killed": 2}}


# -- interceptions told without the weapon -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The enemy sent 20 drones at the city; 17 were shot down.", "en", 17),
        ("Of the 45 drones launched at the region overnight, 40 were destroyed.", "en", 40),
        ("Russia fired three cruise missiles at Lviv; all were intercepted.", "en", 3),
        ("Two missiles flew towards Dnipro; both were shot down by air defence.", "en", 2),
        ("Противник запустив по Черкасах п'ять ракет, усі збито.", "uk", 5),
        ("Противник выпустил по Курску две ракеты, обе сбиты средствами ПВО.", "ru", 2),
    ],
)
def test_interceptions_without_the_weapon(
    text: str, lang: str, expected: int, gaz: Gazetteer
) -> None:
    assert extract_facts(text, lang).get("intercepted") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 30 drones at Sumy; two houses were destroyed.",  # no weapon
        "Ukraine said 12 drones hit Odesa; 40 were shot down across the country.",  # more
        "Twelve buildings were damaged and 3 were destroyed in Kharkiv.",  # nothing launched
    ],
)
def test_a_bare_count_that_is_no_interception(text: str) -> None:
    facts = extract_facts(text, "en")
    assert "intercepted" not in facts, facts


def test_a_places_interceptions_of_its_own_weapons(gaz: Gazetteer) -> None:
    text = "Ввечері ворог випустив по Запоріжжю чотири ракети, три з яких збито; поранено двох."
    _report, places = figures(text, gaz)
    assert places["Zaporizhzhia"] == {"wounded": 2, "missiles": 4, "intercepted": 3}


# -- a person named with the town they are of --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Мешканка Нікополя загинула внаслідок удару дрона.", "uk", {"killed": 1}),
        ("Житель Шебекино получил ранения при атаке FPV-дрона.", "ru", {"wounded": 1}),
        ("Трое жителей Грайворона ранены при обстреле.", "ru", {"wounded": 3}),
        ("A resident of Kherson was wounded by a drone.", "en", {"wounded": 1}),
        ("A man from Kupiansk died after the shelling.", "en", {"killed": 1}),
    ],
)
def test_a_victim_named_with_their_town(text: str, lang: str, expected: dict[str, int]) -> None:
    assert extract_facts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "home", "struck", "figure"),
    [
        ("Житель Курска погиб при атаке дрона на машину в Рыльске.", "Kursk", "Ryl’sk", "killed"),
        (
            "Мешканка Харкова дістала поранення під час обстрілу Золочева.",
            "Kharkiv",
            "Zolochiv",
            "wounded",
        ),
        (
            "A 60-year-old resident of Sumy was injured when a drone hit a bus in Bilopillia.",
            "Sumy",
            "Bilopillia",
            "wounded",
        ),
    ],
)
def test_the_home_town_is_no_struck_place(
    text: str, home: str, struck: str, figure: str, gaz: Gazetteer
) -> None:
    ex = extract_report(Report("t", text), gaz)
    roles = {p.place.name: (p.role, dict(p.facts)) for p in ex.places}
    assert roles[home][0] == "mention", roles
    assert roles[struck] == ("impact", {figure: 1}), roles


@pytest.mark.parametrize(
    "text",
    [
        "Жители Белгорода пострадали при обстреле.",  # alone: hurt where they live
        "Strikes killed two residents of Kostiantynivka and injured three in Druzhkivka.",
    ],
)
def test_residents_struck_at_home(text: str, gaz: Gazetteer) -> None:
    ex = extract_report(Report("t", text), gaz)
    assert all(p.role == "impact" for p in ex.places if p.place.kind == "settlement"), [
        (p.place.name, p.role) for p in ex.places
    ]


# -- a count given after a dash, of the figure named before --------------------------------


def test_the_figure_named_before_the_first_place(gaz: Gazetteer) -> None:
    text = "Загиблих у Покровську вже четверо, у Мирнограді — двоє."
    report, places = figures(text, gaz)
    assert report == {"killed": 6}
    assert places == {"Pokrovsk": {"killed": 4}, "Myrnohrad": {"killed": 2}}


@pytest.mark.parametrize(
    ("text", "region", "town"),
    [
        (
            "У Сумській області за добу поранено шість людей; у Шостці — двоє.",
            ("Sumy Oblast", {"wounded": 6}),
            ("Shostka", {"wounded": 2}),
        ),
        (
            "В Курской области погибли три человека; в Рыльске — один.",
            ("Kursk Oblast", {"killed": 3}),
            ("Ryl’sk", {"killed": 1}),
        ),
    ],
)
def test_a_clause_of_a_town_after_its_regions(
    text: str,
    region: tuple[str, dict[str, int]],
    town: tuple[str, dict[str, int]],
    gaz: Gazetteer,
) -> None:
    # the region states its own figure in its own clause; the town's comes after a dash
    _report, places = figures(text, gaz)
    assert places.get(region[0]) == region[1], places
    assert places.get(town[0]) == town[1], places


def test_one_more_count_after_a_dash_adds_to_the_total() -> None:
    text = "На Житомирщині збито 5 ударних БпЛА, ще 2 — на Київщині."
    assert extract_facts(text, "uk") == {"intercepted": 7}


def test_a_russian_locative_of_a_town_in_ovo(gaz: Gazetteer) -> None:
    # "Климове" is also the Ukrainian name of a Crimean village; the Bryansk region decides
    text = "В Брянской области в Климове повреждены два дома."
    ex = extract_report(Report("t", text), gaz)
    assert {p.place.admin1 for p in ex.places} == {"RU-BRY"}, [
        (p.place.name, p.place.admin1) for p in ex.places
    ]


# -- figures written in other ways -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("У Дніпрі кількість поранених сягнула двадцяти чотирьох.", "uk", {"wounded": 24}),
        ("Число погибших в Горловке достигло 6.", "ru", {"killed": 6}),
        ("Crews found another body in Odesa, raising the death toll to 9.", "en", {"killed": 9}),
        ("Рятувальники дістали з-під завалів тіла трьох людей.", "uk", {"killed": 3}),
        ("Из-под завалов в Белгороде извлекли тела пяти человек.", "ru", {"killed": 5}),
        (
            "A drone killed a man in Nikopol and wounded his two daughters.",
            "en",
            {"killed": 1, "wounded": 2},
        ),
        # the second figure's update with its verb left out
        (
            "Кількість загиблих у Кривому Розі зросла до семи, поранених — до 41.",
            "uk",
            {"killed": 7, "wounded": 41},
        ),
        (
            "Число раненых в Курске выросло до девяти, погибших — до двух.",
            "ru",
            {"killed": 2, "wounded": 9},
        ),
        ("Над Брянском ночью сбит беспилотник.", "ru", {"intercepted": 1}),
        ("Над Одесою збито ворожу ракету.", "uk", {"intercepted": 1}),
    ],
)
def test_figures_written_otherwise(text: str, lang: str, expected: dict[str, int]) -> None:
    assert extract_facts(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Над Курской и Брянской уничтожено по беспилотника.",  # a count left out: none is one
        "Уламки тіла ракети впали на поле.",  # the body of a missile
        "Ракета влучила в склад.",  # struck, not shot down
    ],
)
def test_no_figure_from_a_weapon_alone(text: str) -> None:
    lang = "ru" if "ы" in text else "uk"
    facts = extract_facts(text, lang)
    assert "intercepted" not in facts and "killed" not in facts, facts


# -- weapons fired at a place, and what was shot down of them -----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "figure"),
    [
        # the target of weapons launched at it is a struck place, with their count
        (
            "Russia launched three cruise missiles at Zaporizhzhia; all were intercepted.",
            "Zaporizhzhia",
            {"missiles": 3, "intercepted": 3},
        ),
        # a weapon's name holds no count ("Kh-59"): the nearest number is the count
        (
            "Russia fired two Kh-59 missiles at Kryvyi Rih overnight; one was shot down.",
            "Kryvyi Rih",
            {"missiles": 2, "intercepted": 1},
        ),
        # the clause after ";" tells of the weapons of the clause before: read together
        (
            "Three drones attacked the port of Reni at night; all three were downed.",
            "Reni",
            {"drones": 3, "intercepted": 3},
        ),
        # one weapon shot down over a place, told by the noun alone
        ("Над Новороссийском сбита ракета, пострадавших нет.", "Novorossiysk", {"intercepted": 1}),
    ],
)
def test_weapons_at_a_place(text: str, name: str, figure: dict[str, int], gaz: Gazetteer) -> None:
    _report, places = figures(text, gaz)
    assert places.get(name, {}).items() >= figure.items(), places


def test_a_figure_reported_earlier_is_no_earlier_attack() -> None:
    # "up from 14 reported earlier": the earlier figure of this strike, not another attack
    text = (
        "The number of people killed in the strike on Odesa rose to 19, up from 12 reported "
        "earlier."
    )
    assert extract_facts(text, "en") == {"killed": 19}
    assert extract_facts("As reported earlier, a strike on Odesa killed 12.", "en") == {}
