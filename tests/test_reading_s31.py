"""Kinds of report mended in the twenty-third pass: a count told as more than the one before
("five more", "ще п'ятеро", "ещё пять"), read on from it rather than as a new count, in the
report's figures and in its place's; a total told after such an update; "bringing the total
to 12"; help sought as a harm in Russian ("обратились за медпомощью"); ordnance destroyed on
purpose by sappers, which is no strike; and the Belbek air base. Every text here was written
for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report
from geo.understand.facts import extract_facts


def read(text: str, gaz: Gazetteer) -> tuple[dict[str, int], dict[str, tuple[str, dict]]]:
    """The report's figures, and name -> (role, figures) of each of its places."""
    found = extract_report(Report("t", text), gaz)
    return found.facts, {p.place.name: (p.role, dict(p.facts)) for p in found.places}


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (  # an update of more, then nothing
            "Внаслідок обстрілу Херсона поранено 7 людей.\n"
            "Оновлено: ще п’ятеро звернулися по допомогу.",
            12,
        ),
        (  # an update of more, then the total after it
            "Внаслідок обстрілу Херсона поранено 7 людей.\n"
            "Оновлено: ще п’ятеро звернулися по допомогу. Загалом постраждали 12 людей.",
            12,
        ),
        (  # the total first, the more after it in the same paragraph
            "Удар по Нікополю: поранено четверо людей.\n"
            "UPD: ще двоє звернулися до лікарів. Загалом постраждали шестеро.",
            6,
        ),
        (
            "В результате обстрела Белгорода ранены 7 человек.\n"
            "UPD: ещё пять человек обратились за медпомощью.",
            12,
        ),
        (
            "Russian shelling hit Kherson, wounding seven people. Five more people were "
            "injured later.",
            12,
        ),
        (
            "Russian shelling hit Kherson, wounding seven people. Another five people were "
            "injured in a second strike on the city.",
            12,
        ),
    ],
)
def test_a_count_told_as_more_adds_to_the_one_before(
    text: str, wounded: int, gaz: Gazetteer
) -> None:
    facts, found = read(text, gaz)
    assert facts.get("wounded") == wounded
    # the report's only place was where all of them were hurt
    ((role, place_facts),) = found.values()
    assert (role, place_facts.get("wounded")) == ("impact", wounded)


def test_a_total_told_after_more_is_the_latest_figure() -> None:
    text = (
        "Russian shelling of Kherson wounded seven people. Five more people were injured "
        "later, bringing the total to 13."
    )
    assert extract_facts(text, "en") == {"wounded": 13}


def test_more_told_as_a_part_of_a_total_before_is_not_added() -> None:
    text = (
        "Shelling of the Belgorod region killed three people on Sunday, the governor said. "
        "A rocket hit a car in Belgorod, killing a 51-year-old man. Two more people died "
        "when a drone struck a bus in Shebekino."
    )
    assert extract_facts(text, "en") == {"killed": 3}


def test_more_after_an_update_adds_to_it() -> None:
    text = "The death toll in Odesa rose to 12. Two more people died in hospital overnight."
    assert extract_facts(text, "en") == {"killed": 14}


def test_another_before_a_count_is_no_count_of_one() -> None:
    assert extract_facts("Another five people were injured in Sumy.", "en") == {"wounded": 5}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Сапери ДСНС планово знищать вибухонебезпечні предмети поблизу Чернігова 12 "
            "червня з 10:00 до 14:00. Мешканців просять не панікувати через звуки вибухів.",
            "Chernihiv",
        ),
        (
            "Піротехніки знищили виявлені боєприпаси поблизу Куп’янська.",
            "Kupiansk",
        ),
        (
            "В Белгородском районе пиротехники проведут плановый подрыв боеприпасов, "
            "жителей предупредили о громких звуках.",
            "Belgorod district",
        ),
        (
            "Bomb disposal teams will carry out controlled detonations of unexploded ordnance "
            "near Izium on Tuesday; residents should not be alarmed by explosions.",
            "Izium",
        ),
    ],
)
def test_ordnance_destroyed_on_purpose_is_no_strike(text: str, place: str, gaz: Gazetteer) -> None:
    _facts, found = read(text, gaz)
    assert found[place][0] == "mention"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Сили оборони знищили склад боєприпасів у Новій Каховці.", "Nova Kakhovka"),
        ("В Донецке уничтожен склад боеприпасов.", "Donetsk"),
        ("Під час знищення боєприпасів поблизу Ізюму загинув сапер.", "Izium"),
    ],
)
def test_a_depot_struck_or_a_sapper_killed_is_still_an_impact(
    text: str, place: str, gaz: Gazetteer
) -> None:
    _facts, found = read(text, gaz)
    assert found[place][0] == "impact"


@pytest.mark.parametrize(
    "text",
    [
        "Украинские беспилотники атаковали аэродром Бельбек в Крыму, повреждён самолёт.",
        "Сили оборони уразили аеродром «Бельбек» в окупованому Криму.",
        "Под Бельбеком сбиты три дрона.",
        "Ukrainian drones struck the Belbek air base north of Sevastopol.",
    ],
)
def test_the_belbek_air_base_is_found(text: str, gaz: Gazetteer) -> None:
    _facts, found = read(text, gaz)
    role, _ = found["Belbek"]
    assert role == "impact"
    belbek = next(
        p.place for p in extract_report(Report("t", text), gaz).places if p.place.name == "Belbek"
    )
    assert (belbek.admin1, round(belbek.lat, 1), round(belbek.lon, 1)) == ("UA-40", 44.7, 33.6)


@pytest.mark.parametrize(
    ("text", "intercepted"),
    [
        (
            "Над Белгородской областью сбиты 7 беспилотников.\nUPD: сбиты ещё 5 БПЛА.",
            12,
        ),
        (
            "Над Белгородской областью сбиты 7 беспилотников.\n"
            "UPD: сбиты ещё 5 БПЛА. Всего за ночь уничтожено 13 беспилотников.",
            13,
        ),
        ("Над Сумщиною збито 4 дрони.\nОновлено: збито ще 3 БпЛА.", 7),
    ],
)
def test_an_update_of_more_shot_down_adds_to_the_count_before(
    text: str, intercepted: int, gaz: Gazetteer
) -> None:
    facts, _found = read(text, gaz)
    assert facts.get("intercepted") == intercepted


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "В Шебекино боеприпасы детонировали при плановом уничтожении, пострадавших нет.",
            "Shebekino",
        ),
        (
            "Під час планового знищення боєприпасів поблизу Ізюму ніхто не постраждав.",
            "Izium",
        ),
    ],
)
def test_a_disposal_that_harmed_nobody_is_no_strike(text: str, place: str, gaz: Gazetteer) -> None:
    _facts, found = read(text, gaz)
    assert found[place][0] == "mention"


def test_a_disposal_that_hurt_sappers_is_an_impact(gaz: Gazetteer) -> None:
    text = "Під час планового знищення боєприпасів поблизу Ізюму поранено двох саперів."
    _facts, found = read(text, gaz)
    assert found["Izium"] == ("impact", {"wounded": 2})


def test_aid_handed_out_on_a_list_line_is_no_strike(gaz: Gazetteer) -> None:
    text = (
        "▪️ м. Херсон – видано 300 продуктових наборів постраждалим від обстрілів;\n"
        "▪️ Білозерка – 120 наборів."
    )
    _facts, found = read(text, gaz)
    assert found["Kherson"][0] == "mention"


def test_harm_on_a_list_line_still_tells_a_strike(gaz: Gazetteer) -> None:
    text = (
        "▪️ м. Херсон – пошкоджено будинок, поранено жінку;\n"
        "▪️ Білозерка – обстріл, пошкоджено лінію електропередач."
    )
    _facts, found = read(text, gaz)
    assert (found["Kherson"][0], found["Bilozerka"][0]) == ("impact", "impact")
