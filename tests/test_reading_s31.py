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
from geo.records import Place, Report
from geo.understand.facts import extract_facts


def place_named(text: str, gaz: Gazetteer, name: str) -> Place:
    """The place of ``text`` called ``name``."""
    return next(
        p.place for p in extract_report(Report("t", text), gaz).places if p.place.name == name
    )


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
        "Shelling of towns in the Belgorod region on Sunday killed three people, the governor said. "
        "A rocket hit a car in Belgorod, killing a 51-year-old man. Two more people died "
        "when a drone struck a bus in Shebekino."
    )
    assert extract_facts(text, "en") == {"killed": 3}


def test_more_after_an_update_adds_to_it() -> None:
    text = "The death toll in Odesa rose to 12. Another two people died overnight in a hospital."
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
    belbek = place_named(text, gaz, "Belbek")
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


def roles(text: str, gaz: Gazetteer) -> dict[str, str]:
    """name -> role of every place of ``text``."""
    return {name: role for name, (role, _facts) in read(text, gaz)[1].items()}


def test_outages_imposed_on_a_long_list_are_no_strike(gaz: Gazetteer) -> None:
    text = (
        "Energy facilities were damaged in the Volyn and Rivne regions.\n\n"
        "Owing to the damage, emergency outages were introduced in the Volyn, Rivne, Lviv, "
        "Ternopil and Khmelnytskyi regions, and also in Zakarpattia and Chernivtsi regions, "
        "where nothing was hit."
    )
    found = roles(text, gaz)
    assert (found["Volyn Oblast"], found["Rivne Oblast"]) == ("impact", "impact")
    assert {found[n] for n in ("Lviv Oblast", "Zakarpattia Oblast", "Chernivtsi Oblast")} == {
        "mention"
    }


def test_a_list_of_counts_under_a_shoot_down_tells_where(gaz: Gazetteer) -> None:
    text = (
        "Air defences destroyed 61 drones overnight, the ministry said.\n\n"
        "By region:\nVoronezh Region — 30\nLipetsk Region — 20\nTambov Region — 11\n\n"
        "Flights were delayed at airports in Kazan."
    )
    found = roles(text, gaz)
    assert {found[n] for n in ("Voronezh Oblast", "Lipetsk Oblast", "Tambov Oblast")} == {"impact"}
    assert found["Kazan"] == "mention"


def test_a_list_of_counts_without_a_strike_above_is_no_strike(gaz: Gazetteer) -> None:
    text = "Hours of air-raid alerts last week:\nSumy Oblast — 40\nPoltava Oblast — 12"
    assert set(roles(text, gaz).values()) == {"mention"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Peskov, asked by reporters in Moscow about the deaths, declined to comment.", "Moscow"),
        (
            "The governor, writing from Simferopol, said a fire had broken out at a depot.",
            "Simferopol",
        ),
        (
            "Kyiv rejected as a fabrication a Russian ministry claim that its missiles had "
            "destroyed a radar near Kramatorsk.",
            "Kramatorsk",
        ),
        ("Odesa fire was not caused by a drone, officials said.", "Odesa"),
        ("A blaze in Uzhhorod was caused by an electrical fault, firefighters said.", "Uzhhorod"),
        (
            "An earlier version of this story said a drone had hit a depot in Rivne.",
            "Rivne",
        ),
        ('"There was no strike on Bila Tserkva last night," the mayor said.', "Bila Tserkva"),
        (
            "In 2023 a missile destroyed the landing ship Novocherkassk at Feodosia.",
            "Feodosiya",
        ),
    ],
)
def test_no_strike_there(text: str, place: str, gaz: Gazetteer) -> None:
    found = roles(text, gaz)
    if place == "Feodosiya":  # the port was hit; the ship's name is no town
        assert "Novocherkassk" not in found and found[place] == "impact"
    else:
        assert found[place] == "mention"


def test_a_missile_that_exploded_over_a_district_hit_it(gaz: Gazetteer) -> None:
    text = "A missile exploded above a street in Kryvyi Rih's Tsentralno-Miskyi district."
    assert roles(text, gaz)["Tsentralno-Miskyi district"] == "impact"


def test_a_launch_site_in_occupied_crimea_is_no_target(gaz: Gazetteer) -> None:
    text = (
        "The enemy attacked with 50 drones launched from Kursk and from Cape Chauda in "
        "temporarily occupied Crimea. Hits were recorded in the Kharkiv region."
    )
    found = roles(text, gaz)
    assert (found["Crimea"], found["Kharkiv Oblast"]) == ("launch", "impact")


def test_sevastopols_districts_are_found(gaz: Gazetteer) -> None:
    text = "Уламки впали в Нахімовському районі Севастополя, пошкоджено лінію електропередач."
    _facts, found = read(text, gaz)
    assert found["Nakhimovsky district"][0] == "impact"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Nobody was killed or injured in Izium.", {"killed": 0, "wounded": 0}),
        ("No one was injured or killed, he said.", {"killed": 0, "wounded": 0}),
        (
            "The number of injured has also risen, to 72, officials said.",
            {"wounded": 72},
        ),
        ("Two more of the injured died in hospital.", {}),
    ],
)
def test_figures_of_updates_and_zeros(text: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, "en") == facts


def test_outages_the_grid_imposed_are_no_strike(gaz: Gazetteer) -> None:
    text = (
        "Уночі росія атакувала ТЕС у Дніпропетровській області.\n\n"
        "Через атаку Укренерго застосовує екстрені відключення у Києві, на Київщині та "
        "Одещині."
    )
    found = roles(text, gaz)
    assert found["Dnipropetrovsk Oblast"] == "impact"
    assert {found[n] for n in ("Kyiv", "Kyiv Oblast", "Odesa Oblast")} == {"mention"}


def test_the_ends_of_a_line_with_delays_are_no_strike(gaz: Gazetteer) -> None:
    text = (
        "Дрони пошкодили колію на станції Конотоп. Через аварійні відключення на Полтавщині "
        "(прямих влучань у залізницю там немає) можливі затримки на напрямку Полтава — Харків."
    )
    found = roles(text, gaz)
    assert (found["Konotop"], found["Poltava"], found["Kharkiv"]) == (
        "impact",
        "mention",
        "mention",
    )
    assert found["Poltava Oblast"] == "mention"


def test_a_city_district_after_its_city_in_a_list(gaz: Gazetteer) -> None:
    text = (
        "У Херсоні в Корабельному районі поранено чоловіка; у Центральному районі "
        "травмовано 71-річну жінку."
    )
    _facts, found = read(text, gaz)
    assert found["Tsentralnyi district"][0] == "impact"
    tsentralnyi = place_named(text, gaz, "Tsentralnyi district")
    assert tsentralnyi.admin1 == "UA-65"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Уражено Сизранський НПЗ у Самарській області.", "Syzran"),
        ("Дрони атакували Новокуйбишевський НПЗ.", "Novokuybyshevsk"),
    ],
)
def test_a_russian_town_by_its_ukrainian_adjective(text: str, place: str, gaz: Gazetteer) -> None:
    assert roles(text, gaz)[place] == "impact"


@pytest.mark.parametrize(
    ("text", "intercepted"),
    [
        (
            "Мінборони рф звітувало про збиття 40 дронів над Брянською та Курською областями.",
            40,
        ),
        (
            "Минобороны РФ отчиталось о перехвате 48 беспилотников над Ростовской и Курской "
            "областями.",
            48,
        ),
    ],
)
def test_shooting_down_told_by_its_noun(text: str, intercepted: int, gaz: Gazetteer) -> None:
    facts, found = read(text, gaz)
    assert facts.get("intercepted") == intercepted
    regions = [name for name in found if name.endswith("Oblast")]
    assert len(regions) == 2 and {found[n][0] for n in regions} == {"impact"}


def test_a_village_is_not_a_city_of_its_name(gaz: Gazetteer) -> None:
    text = "Шебекинский округ. Село Муром обстреляно из миномёта."
    found = extract_report(Report("t", text), gaz)
    assert "Murom" not in {p.place.name for p in found.places}
    assert [u.span.text for u in found.unresolved] == ["Муром"]


@pytest.mark.parametrize(
    "text",
    [
        "В Рыльске дрон атаковал автомобиль на улице Дзержинского.",
        "У Сумах уламки впали на вулиці Харківській.",
    ],
)
def test_a_street_named_after_a_place_is_no_place(text: str, gaz: Gazetteer) -> None:
    assert len(roles(text, gaz)) == 1


def test_the_most_is_no_total_and_a_count_of_no_place_sums_its_places(gaz: Gazetteer) -> None:
    text = (
        "Вооружённые силы РФ нанесли удар по нескольким регионам. Погибли не менее 12 "
        "мирных жителей и 40 получили ранения.\n\n"
        "Больше всего пострадал Харьков: здесь погибли 10 человек и 31 ранен.\n\n"
        "В Сумах погиб 1 человек, 5 ранены; в Полтавской области погиб 1 человек и 4 ранены."
    )
    facts, _found = read(text, gaz)
    assert (facts.get("killed"), facts.get("wounded")) == (12, 40)


def test_parts_of_a_count_over_the_country_are_not_added(gaz: Gazetteer) -> None:
    text = (
        "За ночь над территорией страны перехвачены 210 беспилотников, из них 90 — над "
        "Брянской областью, 70 — над Курской, 50 — над Орловской."
    )
    facts, _found = read(text, gaz)
    assert facts.get("intercepted") == 210


def test_a_count_before_an_aside_between_dashes(gaz: Gazetteer) -> None:
    text = (
        "Внаслідок удару по Ізмаїлу загинув один моряк. Ще троє людей — двоє членів екіпажу "
        "та працівник порту, — дістали поранення."
    )
    facts, _found = read(text, gaz)
    assert facts.get("wounded") == 3


@pytest.mark.parametrize(
    ("word", "district"),
    [
        ("Святошинском", "Sviatoshynskyi district"),
        ("Оболонском", "Obolonskyi district"),
        ("Печерском", "Pecherskyi district"),
        ("Дарницком", "Darnytskyi district"),
    ],
)
def test_kyivs_districts_by_their_russian_names(word: str, district: str, gaz: Gazetteer) -> None:
    text = f"Обломки ракеты повредили дом в {word} районе Киева."
    _facts, found = read(text, gaz)
    assert found[district][0] == "impact"


def test_shyroka_balka_of_the_kherson_region(gaz: Gazetteer) -> None:
    text = "Херсонська ОВА. Під ударами були Станіслав, Широка Балка та Білозерка."
    found = [p.place for p in extract_report(Report("t", text), gaz).places]
    assert {p.admin1 for p in found if p.name == "Shyroka Balka"} == {"UA-65"}
