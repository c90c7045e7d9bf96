"""Kinds of report mended in the twenty-sixth pass, found by an eleventh blind held-out set
(an Air Force summary by weapon type, a prosecutor's post, an administration's update, a
city's districts, a Russian ministry's list, an occupation post, a UN monthly update, a live
blog, a feature, a factbox, a health agency's statement). Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.understand.facts import extract_facts
from tests.conftest import read_report as read

# --- Ukrainian and Russian figures --------------------------------------------------------


def test_an_attack_listed_by_weapon_in_paragraphs_of_their_own() -> None:
    text = (
        "Уночі ворог атакував 312 засобами повітряного нападу:\n\n"
        "🔹 12 ракетами:\n"
        "– 5 балістичними ракетами Іскандер-М;\n"
        "– 7 крилатими ракетами Х-101;\n\n"
        "🔹 300 ударними БпЛА типу Shahed та дронами-імітаторами."
    )
    assert extract_facts(text, "uk") == {"drones": 300, "missiles": 12}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (  # a line's parts after its colon are not added to it
            "Противник атакував ракетами:\n– 9 ракетами:\n– 4 балістичними ракетами;\n"
            "– 5 крилатими ракетами.",
            {"missiles": 9},
        ),
        (  # guard: lines of one list each add their count
            "Ворог атакував:\n– 4 балістичними ракетами;\n– 5 крилатими ракетами.",
            {"missiles": 9},
        ),
    ],
)
def test_a_count_whose_line_opens_its_parts(text: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, "uk") == facts


def test_a_count_its_list_of_regions_adds_up_to_is_the_total() -> None:
    text = (
        "Над Брянской областью ночью уничтожены 9 беспилотников\n\n"
        "Минобороны сообщило, что ночью перехвачены 40 беспилотников:\n"
        "— 9 — над Брянской областью,\n— 31 — над Курской областью."
    )
    assert extract_facts(text, "ru") == {"intercepted": 40}


def test_a_byline_above_the_headline() -> None:
    text = (
        "Сумська обласна прокуратура\n\n"
        "Удар по Ромнах: загинули двоє, ще 5 людей поранено\n\n"
        "Уранці ворог атакував Ромни. Під завалами загинули 50-річна жінка та її 20-річний "
        "син. Ще 5 людей, серед них 8-річна дівчинка, зазнали поранень. Двох постраждалих "
        "доправили до лікарні в Сумах."
    )
    assert extract_facts(text, "uk") == {"killed": 2, "wounded": 5}


@pytest.mark.parametrize(
    ("text", "lang", "facts"),
    [
        ("Загинули батько з сином.", "uk", {"killed": 2}),
        ("Погибла женщина с двумя детьми.", "ru", {"killed": 3}),
        ("Загинув чоловік з Ромен.", "uk", {"killed": 1}),  # guard: where from
    ],
)
def test_people_told_together_with_a_companion(text: str, lang: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, lang) == facts


@pytest.mark.parametrize(
    ("text", "lang", "facts"),
    [
        (
            "Уламки впали біля школи. Двоє людей отримали поранення.\n\n"
            "10:40 Уточнення: постраждалих — 3.",
            "uk",
            {"wounded": 3},
        ),
        (
            "Дрон атакував Ізюм. Загинула одна людина, поранено 3.\n\n"
            "⚡️ Оновлено о 13:00. Кількість загиблих зросла до 2. Поранених — 5.",
            "uk",
            {"killed": 2, "wounded": 5},
        ),
    ],
)
def test_lines_headed_as_corrections_update(text: str, lang: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, lang) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Дрон атаковал автобус: погибли двое, ещё пятеро ранены.\n\nЧетверых раненых "
            "доставили в больницу Скадовска, одного — в Геническ.",
            {"killed": 2, "wounded": 5},
        ),
        ("Троих раненых доставили в городскую больницу.", {"wounded": 3}),  # the only count
    ],
)
def test_the_wounded_counted_by_where_they_were_taken(text: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, "ru") == facts


# --- Ukrainian and Russian places ---------------------------------------------------------


def test_a_launch_list_with_an_abbreviation_without_a_space(gaz: Gazetteer) -> None:
    _, places = read(
        "Ворог атакував 80 ударними БпЛА з напрямків: Курськ, Орел, Міллерово, м.Чауда – "
        "ТОТ АР Крим.",
        gaz,
    )
    assert {role for role, _ in places.values()} == {"launch"}


def test_a_unit_struck_where_it_is_based(gaz: Gazetteer) -> None:
    # guard (a rule for a unit's base, "бригада, що дислокується у м. Шуя", was withdrawn
    # after the review: strike words told far before the unit)
    _, places = read("Уражено полк, який базується в Курську.", gaz)
    assert places["Kursk"][0] == "impact"


def test_an_inflected_village_name_read_by_the_report_around_it(gaz: Gazetteer) -> None:
    # "у Солонці" is the locative of Solonka (Lviv Oblast) as well as the name of a Kherson
    # village: the report's other places choose
    _, places = read("Уночі ворог атакував Львів. Також у Солонці уламки впали на садибу.", gaz)
    assert "Solonka" in places


# --- English ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "A missile hit Kremenchuk, killing 11 people. Since 24 February 2022, the mission "
            "has verified 14,000 civilians killed and 36,000 injured.",
            {"killed": 11},
        ),
        (
            "A missile hit Sumy, killing 4. Since the start of the full-scale invasion, 900 "
            "people have been injured in the region.",
            {"killed": 4},
        ),
        (
            "Two people were killed and 9 injured in Uman. The number of injured is now 14.",
            {"killed": 2, "wounded": 14},
        ),
        ("Two people were killed in Uman. The death toll now stands at 4.", {"killed": 4}),
        ("A drone hit Pavlohrad. She was one of three people killed.", {"killed": 3}),
        ("One person was killed and two were injured in Izium.", {"killed": 1, "wounded": 2}),
        (
            "A drone struck an ambulance. A medic was killed, and the driver and a patient "
            "were injured.",
            {"killed": 1, "wounded": 2},
        ),
        (
            "Russia launched six missiles and 70 drones; five of the missiles and 52 of the "
            "drones were shot down.",
            {"drones": 70, "missiles": 6, "intercepted": 57},
        ),
    ],
)
def test_english_figures_of_the_eleventh_set(text: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, "en") == facts


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (
            "Four people were injured, two of them in Izium, where a drone struck a market, "
            "Governor Syniehubov reported.",
            "Izium",
            "impact",
        ),
        (
            "The Kirishi refinery has not been attacked during the current campaign.",
            "Kirishi",
            "mention",
        ),
        ("Drones hit Kharkiv overnight; Poltava was not targeted.", "Poltava", "mention"),
        (  # guard: struck after a negated past
            "Kharkiv, which had not been hit for weeks, was struck overnight.",
            "Kharkiv",
            "impact",
        ),
        ("Drones hit Lukoil's Volgograd refinery.", "Volgograd", "impact"),
        (
            "Drones struck a plant in Cheboksary, the capital of Russia's Chuvash Republic.",
            "Cheboksary",
            "impact",
        ),
    ],
)
def test_english_places_of_the_eleventh_set(
    text: str, place: str, role: str, gaz: Gazetteer
) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


def test_the_capital_of_a_region_is_not_the_countrys(gaz: Gazetteer) -> None:
    _, places = read(
        "Drones struck a plant in Cheboksary, the capital of Russia's Chuvash Republic.", gaz
    )
    assert "Moscow" not in places


# --- guards from the review of these rules ------------------------------------------------


def test_items_of_a_recalled_list_are_recalled() -> None:
    text = (
        "Нагадаємо, у ніч на 9 липня ворог атакував Україну:\n\n🔹 700 ударними БпЛА;\n\n"
        "🔹 12 ракетами.\n\nЦієї ночі противник запустив 40 дронів, з них збито 32."
    )
    assert extract_facts(text, "uk") == {"drones": 40, "intercepted": 32}


@pytest.mark.parametrize(
    ("text", "lang", "facts"),
    [
        ("У Сумах поранено жінку з собакою.", "uk", {"wounded": 1}),
        (
            "У Харкові поранено 2 людей. Ще трьох поранених доправили до лікарні.",
            "uk",
            {"wounded": 5},
        ),
        ("Ранены 4 человека. Ещё двое раненых доставлены в больницу.", "ru", {"wounded": 6}),
    ],
)
def test_companions_and_more_wounded_guards(text: str, lang: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, lang) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Russia launched 600 drones and 12 missiles overnight, the largest attack since the "
            "start of the full-scale invasion.",
            {"drones": 600, "missiles": 12},
        ),
        ("Russia launched 480 drones overnight, the biggest attack since 9 July.", {"drones": 480}),
    ],
)
def test_since_inside_a_sentence_recalls_nothing(text: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, "en") == facts


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (
            "Sumy was not hit by missiles this time, but a drone struck a house in the city.",
            "Sumy",
            "impact",
        ),
        (
            "The BBC's Kyiv correspondent heard explosions as drones hit Bila Tserkva.",
            "Bila Tserkva",
            "impact",
        ),
    ],
)
def test_english_guards_of_the_review(text: str, place: str, role: str, gaz: Gazetteer) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role
    assert "Kyiv" not in places or places["Kyiv"][0] != "impact"
