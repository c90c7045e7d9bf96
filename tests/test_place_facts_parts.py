"""Figures a report tells of a region and of its towns together: a total with the part one
town took ("killed five in the region, including three in A"), a total before a colon, a
count told of each place of a list ("по двоє"), a raion named as what was struck beside its
town, and an official's seat or another place's name before the list of struck places.
Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report


def figures(text: str, gaz: Gazetteer) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """The report's figures and each impact place's figures, by place name."""
    ex = extract_report(Report("t", text), gaz)
    places = {p.place.name: dict(p.facts) for p in ex.places if p.role == "impact"}
    return dict(ex.facts), places


def roles(text: str, gaz: Gazetteer) -> dict[str, str]:
    """Each place's role, by place name."""
    return {p.place.name: p.role for p in extract_report(Report("t", text), gaz).places}


# -- a part of a total told of one town ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region", "total", "town", "part"),
    [
        (
            "Shelling across the Kherson region wounded seven people on Sunday, including "
            "five in Beryslav.",
            "Kherson Oblast",
            {"wounded": 7},
            "Beryslav",
            {"wounded": 5},
        ),
        (
            "In the Sumy region, 12 civilians were killed over the week's first day, 9 of them "
            "in the city of Shostka.",
            "Sumy Oblast",
            {"killed": 12},
            "Shostka",
            {"killed": 9},
        ),
        (
            "За вчора на Миколаївщині поранено сімох людей, з них четверо — в Очакові.",
            "Mykolaiv Oblast",
            {"wounded": 7},
            "Ochakiv",
            {"wounded": 4},
        ),
        (
            "На Запоріжчині загинули троє цивільних, у тому числі двоє у Василівці, "
            "повідомила ОВА.",
            "Zaporizhzhia Oblast",
            {"killed": 3},
            "Vasylivka",
            {"killed": 2},
        ),
        (
            "В Курской области пострадали шесть человек, из них четверо — в Судже.",
            "Kursk Oblast",
            {"wounded": 6},
            "Sudzha",
            {"wounded": 4},
        ),
        (
            "Над Брянской областью за ночь уничтожены 17 беспилотников, в том числе пять — над "
            "Брянском.",
            "Bryansk Oblast",
            {"intercepted": 17},
            "Bryansk",
            {"intercepted": 5},
        ),
    ],
)
def test_a_part_of_the_regions_total_is_the_towns(
    text: str,
    region: str,
    total: dict[str, int],
    town: str,
    part: dict[str, int],
    gaz: Gazetteer,
) -> None:
    _report, places = figures(text, gaz)
    assert places.get(town) == part, places  # was the whole total
    assert places.get(region, {}).items() >= total.items(), places  # was nothing


def test_a_part_without_a_region_leaves_the_total_to_the_report(gaz: Gazetteer) -> None:
    report, places = figures(
        "Russian strikes killed eight people overnight, including six in Kostiantynivka.", gaz
    )
    assert report == {"killed": 8}
    assert places == {"Kostiantynivka": {"killed": 6}}


def test_a_part_no_smaller_than_the_total_is_no_part(gaz: Gazetteer) -> None:
    # "including" before a larger count is no part of the figure before it
    _report, places = figures(
        "Drones wounded two people in the Chernihiv region, including 14 in Nizhyn.", gaz
    )
    assert places.get("Nizhyn") != {"wounded": 14}


# -- a total before a colon, told of a region -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region", "total", "parts"),
    [
        (
            "В Брянской области за сутки ранены семь человек: пятеро в Климове, двое в "
            "Новозыбкове.",
            "Bryansk Oblast",
            {"wounded": 7},
            {"Klimovo": {"wounded": 5}, "Novozybkov": {"wounded": 2}},
        ),
        (
            "Russian shelling killed five people in the Donetsk region on Tuesday: three in "
            "Kramatorsk and two in Sloviansk.",
            "Donetsk Oblast",
            {"killed": 5},
            {"Kramatorsk": {"killed": 3}, "Sloviansk": {"killed": 2}},
        ),
    ],
)
def test_a_total_before_a_colon_is_the_regions(
    text: str,
    region: str,
    total: dict[str, int],
    parts: dict[str, dict[str, int]],
    gaz: Gazetteer,
) -> None:
    report, places = figures(text, gaz)
    assert report == total  # the parts are not added again
    assert places[region] == total  # was nothing
    for name, figure in parts.items():
        assert places[name] == figure


# -- a count told of each place of a list -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "each", "names"),
    [
        (
            "У Козачій Лопані та Вовчанську поранено по двоє людей.",
            {"wounded": 2},
            ("Kozacha Lopan", "Vovchansk"),
        ),
        (
            "Обстріли Нікополя і Марганця: загинуло по одній людині.",
            {"killed": 1},
            ("Nikopol", "Marhanets"),
        ),
        (
            "В Грайвороне и Шебекино ранены по три человека.",
            {"wounded": 3},
            ("Grayvoron", "Shebekino"),
        ),
        ("По четверо поранених у Херсоні та Білозерці.", {"wounded": 4}, ("Kherson", "Bilozerka")),
        (
            "Three people each were wounded in Izium and Balakliia.",
            {"wounded": 3},
            ("Izium", "Balakliya"),
        ),
        (
            "Glide bombs hit Orikhiv and Huliaipole, killing one person in each town.",
            {"killed": 1},
            ("Orikhiv", "Hulyaypole"),
        ),
    ],
)
def test_a_count_told_of_each_place(
    text: str, each: dict[str, int], names: tuple[str, str], gaz: Gazetteer
) -> None:
    report, places = figures(text, gaz)
    for name in names:
        assert places[name] == each, places  # each was nothing
    key, value = next(iter(each.items()))
    assert report[key] == value * len(names)  # the report counts every place's


def test_po_before_no_count_tells_nothing_of_each(gaz: Gazetteer) -> None:
    # "по" before a place or a road, with two counts: no count of each place
    _report, places = figures(
        "Удари по Сумах і Конотопу: у Сумах поранено трьох, у Конотопі — одного.", gaz
    )
    assert places["Sumy"] == {"wounded": 3}
    assert places["Konotop"] == {"wounded": 1}


# -- the count of a clause that leaves out its verb ---------------------------------------------


def test_an_elided_clause_adds_to_the_reports_total(gaz: Gazetteer) -> None:
    report, places = figures("У Краматорську поранено чотирьох людей, а в Дружківці – трьох.", gaz)
    assert places["Kramatorsk"] == {"wounded": 4}
    assert places["Druzhkivka"] == {"wounded": 3}
    assert report == {"wounded": 7}  # was the first clause's 4


def test_an_elided_clause_after_its_region_adds_nothing(gaz: Gazetteer) -> None:
    # the region's five hold the town's three
    report, _places = figures("В Курской области ранены пятеро; в Рыльске — трое.", gaz)
    assert report == {"wounded": 5}


# -- a raion named as what was struck ------------------------------------------------------------


def test_a_struck_raion_locates_its_town(gaz: Gazetteer) -> None:
    _report, places = figures(
        "Через обстріл Ізюмського району загинули троє людей у Балаклії, ще двох поранено в Ізюмі.",
        gaz,
    )
    assert places["Balakliya"] == {"killed": 3}  # was the raion's
    assert places["Izium"] == {"wounded": 2}  # was Balakliia's
    assert places["Izyum Raion"] == {}


def test_a_raion_named_as_where_keeps_its_figure(gaz: Gazetteer) -> None:
    _report, places = figures("У Ізюмському районі загинула жінка, у Балаклії поранено трьох.", gaz)
    assert places["Izyum Raion"] == {"killed": 1}
    assert places["Balakliya"] == {"wounded": 3}


# -- an official's seat, another place's name, and "while" before a verb in -ing --------------


def test_a_city_before_an_acting_governor_is_a_mention(gaz: Gazetteer) -> None:
    text = (
        "Belgorod acting governor Ivan Petrov said two people were wounded in Shebekino and "
        "one was killed in the village of Graivoron."
    )
    assert roles(text, gaz)["Belgorod"] == "mention"
    _report, places = figures(text, gaz)
    assert places["Shebekino"] == {"wounded": 2}  # were the seat's, one place early


def test_the_town_of_a_name_refers_to_that_name(gaz: Gazetteer) -> None:
    # "the town of Sudzha" names Sudzha; it does not refer back to the seat (the governor's
    # region)
    text = "Kursk governor Alexei Smirnov said drones hit the town of Sudzha."
    assert roles(text, gaz)["Kursk Oblast"] == "mention"


def test_while_before_a_verb_in_ing_breaks_no_clause(gaz: Gazetteer) -> None:
    text = "A resident of Sumy was wounded while driving near Krasnopillia, officials said."
    assert roles(text, gaz) == {"Sumy": "mention", "Krasnopillya": "impact"}
    _report, places = figures(text, gaz)
    assert places["Krasnopillya"] == {"wounded": 1}


def test_a_source_after_an_elided_item_leaves_it_elided(gaz: Gazetteer) -> None:
    # ", повідомив ..." after "з них шестеро — у Харкові" is no verb of the item
    text = "За добу на Сумщині поранено вісьмох людей, з них п'ятеро — у Сумах, повідомила ОВА."
    assert roles(text, gaz)["Sumy"] == "impact"
    _report, places = figures(text, gaz)
    assert places["Sumy"] == {"wounded": 5}


def test_one_person_killed_in_a_place_of_the_list_named_again(gaz: Gazetteer) -> None:
    _report, places = figures(
        "Russian artillery shelled Vovchansk and Staryi Saltiv, killing a man in Staryi Saltiv.",
        gaz,
    )
    assert places["Staryi Saltiv"] == {"killed": 1}  # was nobody's
    assert places["Vovchansk"] == {}


def test_a_relative_told_without_a_count(gaz: Gazetteer) -> None:
    report, _places = figures(
        "A drone hit a house in Stepnohirsk, killing a 58-year-old man and injuring his wife.", gaz
    )
    assert report == {"killed": 1, "wounded": 1}  # the wife was not read


def test_one_person_of_an_age_in_an_elided_clause(gaz: Gazetteer) -> None:
    report, places = figures(
        "Через обстріл у Херсоні поранено двох людей, а в Білозерці — 67-річну жінку.", gaz
    )
    assert places["Bilozerka"] == {"wounded": 1}  # was nothing
    assert report == {"wounded": 3}


def test_a_part_of_the_downed_over_a_region(gaz: Gazetteer) -> None:
    # "18 of them over the Odesa region": "the" before the region's name
    _report, places = figures(
        "Air defences destroyed 40 of 61 drones overnight, 12 of them over the Poltava region.",
        gaz,
    )
    assert places["Poltava Oblast"] == {"intercepted": 12}


@pytest.mark.parametrize(
    ("text", "region", "figure"),
    [
        (
            "На Харківщині загинули троє людей: двоє в Ізюмі, одна в Балаклії. Ще шестеро "
            "поранені.",
            "Kharkiv Oblast",
            {"killed": 3, "wounded": 6},
        ),
        (
            "In the Sumy region, five people were wounded, four of them in Shostka. Two more "
            "were killed.",
            "Sumy Oblast",
            {"killed": 2, "wounded": 5},
        ),
    ],
)
def test_the_sentence_after_a_regions_total_is_the_regions(
    text: str, region: str, figure: dict[str, int], gaz: Gazetteer
) -> None:
    _report, places = figures(text, gaz)
    assert places[region] == figure, places  # the next sentence's figure was nobody's


@pytest.mark.parametrize(
    ("text", "region", "parts"),
    [
        # a total in words with its people before the colon: "семь человек" is no "человек"
        # (the parts leave one person unplaced)
        (
            "В Белгородской области пострадали семь человек: четверо в Шебекино, двое в Валуйках.",
            ("Belgorod Oblast", {"wounded": 7}),
            {"Shebekino": {"wounded": 4}, "Valuyki": {"wounded": 2}},
        ),
        # the last item's village named after a settlement word, the verb left out
        (
            "За сутки в Брянской области ранены шесть мирных жителей: трое — в Климове, двое — "
            "в Новозыбкове, один — в посёлке Суземка.",
            ("Bryansk Oblast", {"wounded": 6}),
            {"Klimovo": {"wounded": 3}, "Novozybkov": {"wounded": 2}, "Suzëmka": {"wounded": 1}},
        ),
    ],
)
def test_the_items_after_a_stated_total(
    text: str, region: tuple[str, dict[str, int]], parts: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    report, places = figures(text, gaz)
    assert report == region[1]  # the parts not added to the total once more
    assert places[region[0]] == region[1]
    for name, figure in parts.items():
        assert places[name] == figure, places  # each was 1 ("человек"), or nothing


def test_each_of_something_else_is_no_count_of_each_place(gaz: Gazetteer) -> None:
    # "each city lost power": "each" does not tell the five of each place
    report, places = figures(
        "Drones hit Sumy and Konotop, each city lost power, and five people were wounded.", gaz
    )
    assert report == {"wounded": 5}
    assert places.get("Sumy") != {"wounded": 5} or places.get("Konotop") != {"wounded": 5}


def test_a_count_of_each_place_of_the_last_list(gaz: Gazetteer) -> None:
    # the clause's first place has a count of its own; the list after the comma, "по двоє"
    report, places = figures(
        "У Сумах загинув чоловік, у Шостці та Конотопі — по двоє поранених.", gaz
    )
    assert places["Sumy"] == {"killed": 1}
    assert places["Shostka"] == {"wounded": 2}  # was nobody's
    assert places["Konotop"] == {"wounded": 2}
    assert report == {"killed": 1, "wounded": 4}


@pytest.mark.parametrize(
    ("text", "region", "town"),
    [
        (
            "Уночі ворог атакував Полтавщину: у небі над областю знищено шість дронів, уламки "
            "впали в Кременчуці.",
            "Poltava Oblast",
            "Kremenchuk",
        ),
        (
            "Russia attacked the Odesa region overnight: air defences downed nine drones over "
            "the region, and debris hit a warehouse in Izmail.",
            "Odesa Oblast",
            "Izmayil",
        ),
    ],
)
def test_downed_over_the_region_named_again(
    text: str, region: str, town: str, gaz: Gazetteer
) -> None:
    # "над областю": the region's interceptions, not the town's named after them
    _report, places = figures(text, gaz)
    assert "intercepted" in places[region], places
    assert "intercepted" not in places[town], places
