"""Capitals named by their title ("the Ukrainian capital", "столицю", "у обласному центрі")
are places: the country's capital, the capital the report is about, or the centre of the
region named before. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report
from geo.understand.capitals import CAPITALS, CENTRES, centre


def impacts(text: str, gaz: Gazetteer) -> set[tuple[str, str | None]]:
    """(name, admin1) of each settlement ``text`` says was hit."""
    ex = extract_report(Report("t", text), gaz)
    return {
        (p.place.name, p.place.admin1)
        for p in ex.places
        if p.role == "impact" and p.place.kind == "settlement"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's capital named with its country
        ("Overnight drones struck the Ukrainian capital, injuring four people.", "UA-30"),
        ("Ukraine's capital came under a combined missile attack on Tuesday.", "UA-30"),
        ("Two drones were downed on approach to the Russian capital, the mayor said.", "RU-MOW"),
        ("Ворожі дрони атакували українську столицю, є пошкодження будинків.", "UA-30"),
        ("Над столицею України збито 14 ракет.", "UA-30"),
        ("Обломки беспилотника упали на жилой дом в российской столице.", "RU-MOW"),
        # a bare capital: the report's language when it names nothing else
        ("Вночі ворог атакував столицю балістичними ракетами.", "UA-30"),
        ("Ночью силы ПВО сбили восемь беспилотников, летевших на столицу.", "RU-MOW"),
        ("Explosions shook the capital early on Sunday as air defences engaged drones.", "UA-30"),
        # ... and the country of the report's places when it names some
        (
            "Дроны атаковали Подмосковье и Калужскую область. Еще два беспилотника "
            "уничтожены на подлете к столице.",
            "RU-MOW",
        ),
        (
            "Russian drones hit Bila Tserkva and Brovary overnight. In the capital, debris "
            "damaged a kindergarten.",
            "UA-30",
        ),
    ],
)
def test_a_capital_named_by_its_title_is_hit(text: str, expected: str, gaz: Gazetteer) -> None:
    assert {admin1 for _, admin1 in impacts(text, gaz)} & {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вранці росіяни обстріляли Сумщину. В обласному центрі пошкоджено дві "
            "багатоповерхівки.",
            ("Sumy", "UA-59"),
        ),
        (
            "Губернатор сообщил об атаке на Белгородскую область: в областном центре "
            "повреждены три машины.",
            ("Belgorod", "RU-BEL"),
        ),
        (
            "Shelling continued across the Kherson region. In the regional capital, a bus "
            "station was hit.",
            ("Kherson", "UA-65"),
        ),
    ],
)
def test_a_regional_capital_is_the_centre_of_the_region_named_before(
    text: str, expected: tuple[str, str], gaz: Gazetteer
) -> None:
    assert expected in impacts(text, gaz)


@pytest.mark.parametrize(
    "text",
    [
        # another place follows the word, or an adjective other than a country's precedes it
        "Explosions were heard in the capital of the Kharkiv region overnight.",
        "Лідери зустрілися з міністрами, що прибули з європейських столиць, після удару.",
        "Удар по північній столиці Росії не підтверджено; ракети впали в полі.",
        "Shelling hit the capital region's power grid overnight, officials said.",
        # a regional capital with no region named before it
        "В обласному центрі оголошено повітряну тривогу.",
    ],
)
def test_a_capital_word_that_means_no_capital_city_is_no_place(text: str, gaz: Gazetteer) -> None:
    assert not {admin1 for _, admin1 in impacts(text, gaz)} & {"UA-30", "RU-MOW", "RU-SPE"}


def test_every_centre_and_capital_is_in_the_gazetteer(gaz: Gazetteer) -> None:
    missing = [code for code in CENTRES if centre(gaz, code) is None]
    assert missing == []
    for code in CAPITALS.values():
        assert centre(gaz, code).kind == "settlement"
    assert centre(gaz, "UA-32").admin1 == "UA-30"  # Kyiv Oblast's centre is Kyiv


def test_a_bare_capital_in_a_ukrainian_report_is_kyiv_whatever_russian_places_precede_it(
    gaz: Gazetteer,
) -> None:
    text = (
        "Уночі ворог запустив 300 ударних БпЛА з напрямків: Брянськ, Курськ, Орел – РФ.\n"
        "Головний напрямок удару — столиця. Також уражено Житомирщину."
    )
    assert ("Kyiv", "UA-30") in impacts(text, gaz)
    assert ("Moscow", "RU-MOW") not in impacts(text, gaz)
