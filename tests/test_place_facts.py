"""Figures per place: each kind of sentence that ties (or does not tie) a figure to a place.
Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report


def place_facts(text: str, gaz: Gazetteer) -> dict[str, dict[str, int]]:
    """name -> facts of every impact place of ``text``."""
    ex = extract_report(Report("t", text), gaz)
    return {p.place.name: p.facts for p in ex.places if p.role == "impact"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one place in the sentence takes the sentence's figures
        ("Drones struck Poltava overnight, injuring five people.", {"Poltava": {"wounded": 5}}),
        # several places: each piece of the sentence goes to its own place
        (
            "A missile killed three people in Zhytomyr and injured eight in Rivne.",
            {"Zhytomyr": {"killed": 3}, "Rivne": {"wounded": 8}},
        ),
        (
            "In Chernihiv, two people were wounded; in Nizhyn, one man was killed.",
            {"Chernihiv": {"wounded": 2}, "Nizhyn": {"killed": 1}},
        ),
        # a list of shoot-downs, one number per region
        (
            "Air defences destroyed 20 drones over the Tula region and 7 over the Kaluga region.",
            {"Tula Oblast": {"intercepted": 20}, "Kaluga Oblast": {"intercepted": 7}},
        ),
    ],
)
def test_figures_follow_their_places(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    found = place_facts(text, gaz)
    for name, facts in expected.items():
        assert found[name] == facts, found


def test_a_zero_stays_in_its_own_clause(gaz: Gazetteer) -> None:
    text = "Shelling killed a man in Nikopol, while no one was hurt in Marhanets."
    found = place_facts(text, gaz)
    assert found["Nikopol"] == {"killed": 1}
    assert found.get("Marhanets", {"killed": 0, "wounded": 0}) == {"killed": 0, "wounded": 0}


def test_national_totals_are_not_a_place_figure(gaz: Gazetteer) -> None:
    text = "Russia launched 120 drones and 4 missiles overnight. A drone hit a depot in Lutsk."
    ex = extract_report(Report("t", text), gaz)
    assert ex.facts["drones"] == 120
    assert place_facts(text, gaz) == {"Lutsk": {}}


def test_report_totals_may_exceed_the_sum_of_places(gaz: Gazetteer) -> None:
    text = (
        "Russian strikes killed 9 people across Ukraine on Monday. "
        "In Kramatorsk, four people were killed."
    )
    ex = extract_report(Report("t", text), gaz)
    assert ex.facts["killed"] == 9
    assert place_facts(text, gaz)["Kramatorsk"] == {"killed": 4}


def test_a_region_beside_its_town_is_context(gaz: Gazetteer) -> None:
    text = "In Izium, in the Kharkiv region, a guided bomb wounded six people."
    found = place_facts(text, gaz)
    assert found["Izium"] == {"wounded": 6}
    assert found.get("Kharkiv Oblast", {}) == {}


def test_the_next_sentence_refers_back(gaz: Gazetteer) -> None:
    text = "A drone hit an apartment block in Sumy. Two people were injured there."
    assert place_facts(text, gaz)["Sumy"] == {"wounded": 2}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Уночі ворог атакував Чернігів. У місті поранено чотирьох людей.",
            {"Chernihiv": {"wounded": 4}},
        ),
        (
            "Ворог обстріляв Херсон, загинула жінка. У Бериславі поранено двох чоловіків.",
            {"Kherson": {"killed": 1}, "Beryslav": {"wounded": 2}},
        ),
        (
            "Над Брянською областю збито 6 безпілотників, над Курською — 2.",
            {"Bryansk Oblast": {"intercepted": 6}, "Kursk Oblast": {"intercepted": 2}},
        ),
        (
            "В Шебекино после атаки дрона пострадали три человека.",
            {"Shebekino": {"wounded": 3}},
        ),
    ],
)
def test_ukrainian_and_russian_figures_follow_their_places(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    found = place_facts(text, gaz)
    for name, facts in expected.items():
        assert found[name] == facts, found


def test_unplaced_figures_are_not_guessed(gaz: Gazetteer) -> None:
    text = "Kyiv and Odesa were attacked overnight. Across the country, 11 people were wounded."
    found = place_facts(text, gaz)
    assert found["Kyiv"] == {} and found["Odesa"] == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Уничтожены 27 БПЛА: 19 над Белгородской областью и 8 над Воронежской.",
            {"Belgorod Oblast": {"intercepted": 19}, "Voronezh Oblast": {"intercepted": 8}},
        ),
        (
            "Знищено 33 дрони: 21 над Сумщиною та 12 над Харківщиною.",
            {"Sumy Oblast": {"intercepted": 21}, "Kharkiv Oblast": {"intercepted": 12}},
        ),
        (
            "Сбиты БПЛА: 9 над Тульской областью и 4 над Калужской.",
            {"Tula Oblast": {"intercepted": 9}, "Kaluga Oblast": {"intercepted": 4}},
        ),
    ],
)
def test_a_list_after_a_stated_total(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    found = place_facts(text, gaz)
    for name, facts in expected.items():
        assert found[name] == facts, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items after the first written in words, the first in digits
        (
            "Сбиты двенадцать беспилотников: пять над Курской областью, четыре над Брянской "
            "и три над Белгородской.",
            {
                "Kursk Oblast": {"intercepted": 5},
                "Bryansk Oblast": {"intercepted": 4},
                "Belgorod Oblast": {"intercepted": 3},
            },
        ),
        # each region before its number
        (
            "Уночі над Чернігівщиною збито 11 дронів, над Полтавщиною – сім, над Київщиною – два.",
            {
                "Chernihiv Oblast": {"intercepted": 11},
                "Poltava Oblast": {"intercepted": 7},
                "Kyiv Oblast": {"intercepted": 2},
            },
        ),
        # a number of two words
        (
            "Сили ППО знищили 14 дронів над Одещиною та двадцять п'ять над Миколаївщиною.",
            {"Odesa Oblast": {"intercepted": 14}, "Mykolaiv Oblast": {"intercepted": 25}},
        ),
        (
            "Russian air defences downed 14 drones over the Kursk region, eight over the Bryansk "
            "region and three over the Oryol region.",
            {
                "Kursk Oblast": {"intercepted": 14},
                "Bryansk Oblast": {"intercepted": 8},
                "Oryol Oblast": {"intercepted": 3},
            },
        ),
    ],
)
def test_a_list_with_numbers_in_words(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    assert place_facts(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number told of each place of a list, read once or once per place
        (
            "Над Курской и Белгородской областями сбито по три беспилотника.",
            {"Kursk Oblast": {"intercepted": 3}, "Belgorod Oblast": {"intercepted": 3}},
        ),
        (
            "По одному беспилотнику сбито над Курской и Орловской областями.",
            {"Kursk Oblast": {"intercepted": 1}, "Oryol Oblast": {"intercepted": 1}},
        ),
        (
            "Ночью ПВО уничтожила 12 дронов над Липецкой областью, по пять – над Тамбовской "
            "и Рязанской.",
            {
                "Lipetsk Oblast": {"intercepted": 12},
                "Tambov Oblast": {"intercepted": 5},
                "Ryazan Oblast": {"intercepted": 5},
            },
        ),
        # the first count is the one the verb reads: it takes what the others leave
        (
            "Ще чотири дрони збили на Сумщині, по два — на Полтавщині та на Черкащині.",
            {
                "Sumy Oblast": {"intercepted": 4},
                "Poltava Oblast": {"intercepted": 2},
                "Cherkasy Oblast": {"intercepted": 2},
            },
        ),
        (
            "Над Сумщиною та Харківщиною збито по 4 дрони, над Полтавщиною – 2.",
            {
                "Sumy Oblast": {"intercepted": 4},
                "Kharkiv Oblast": {"intercepted": 4},
                "Poltava Oblast": {"intercepted": 2},
            },
        ),
        # a figure of a whole list belongs to none of its places alone
        (
            "Над Курской и Белгородской областями сбито шесть беспилотников.",
            {"Kursk Oblast": {}, "Belgorod Oblast": {}},
        ),
        (
            "Над Сумщиною та Харківщиною збито 8 дронів, над Полтавщиною – 2.",
            {"Sumy Oblast": {}, "Kharkiv Oblast": {}, "Poltava Oblast": {"intercepted": 2}},
        ),
    ],
)
def test_a_list_told_a_number_of_each_place(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    assert place_facts(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb counts the total; the counts before the places add up to it
        (
            "The defence ministry said air defences destroyed 40 drones overnight: 21 over the "
            "Belgorod region, 11 over the Kursk region and 8 over the Voronezh region.",
            {
                "Belgorod Oblast": {"intercepted": 21},
                "Kursk Oblast": {"intercepted": 11},
                "Voronezh Oblast": {"intercepted": 8},
            },
        ),
        (
            "Air defence units destroyed 25 drones, 15 of them over the Tula region and 10 over "
            "the Kaluga region.",
            {"Tula Oblast": {"intercepted": 15}, "Kaluga Oblast": {"intercepted": 10}},
        ),
        (
            "Strikes killed 5 people overall, 3 in Kharkiv and 2 in Sumy.",
            {"Kharkiv": {"killed": 3}, "Sumy": {"killed": 2}},
        ),
        # a word says the counts are part of the total
        (
            "Air defences destroyed 57 drones overnight, including 30 over the Bryansk region "
            "and 12 over the Oryol region.",
            {"Bryansk Oblast": {"intercepted": 30}, "Oryol Oblast": {"intercepted": 12}},
        ),
        # counts that neither add up nor are said to be part: the total is no place's
        (
            "Air defence units destroyed 25 drones, 14 over the Tula region and 10 over the "
            "Kaluga region.",
            {"Tula Oblast": {}, "Kaluga Oblast": {"intercepted": 10}},
        ),
    ],
)
def test_counts_a_list_states_before_its_places(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    assert place_facts(text, gaz) == expected


def test_a_total_before_the_first_count_of_a_list_is_not_its_places(gaz: Gazetteer) -> None:
    text = "Russia fired 12 missiles overnight, killing 3 people in Kharkiv and 2 in Sumy."
    assert place_facts(text, gaz)["Kharkiv"] == {"killed": 3}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number before the first place that is no count of it (a time, a date) does not
        # make each place's number the one before it
        (
            "За одну ніч над Одещиною збито 9 дронів, над Миколаївщиною – 4, над Херсонщиною – 2.",
            {
                "Odesa Oblast": {"intercepted": 9},
                "Mykolaiv Oblast": {"intercepted": 4},
                "Kherson Oblast": {"intercepted": 2},
            },
        ),
        (
            "В ночь на 12 мая над Тульской областью сбито 8 беспилотников, над Калужской – 3, "
            "над Рязанской – два.",
            {
                "Tula Oblast": {"intercepted": 8},
                "Kaluga Oblast": {"intercepted": 3},
                "Ryazan Oblast": {"intercepted": 2},
            },
        ),
        (
            "Впервые за три недели над Липецкой областью сбито 6 беспилотников, над Тамбовской "
            "– четыре.",
            {"Lipetsk Oblast": {"intercepted": 6}, "Tambov Oblast": {"intercepted": 4}},
        ),
        # nor is it the first place's figure when numbers come first
        (
            "Протягом двох годин ще один дрон збили на Київщині, по одному — на Житомирщині та "
            "на Черкащині.",
            {
                "Kyiv Oblast": {"intercepted": 1},
                "Zhytomyr Oblast": {"intercepted": 1},
                "Cherkasy Oblast": {"intercepted": 1},
            },
        ),
        # "по" of groups, not of each place
        (
            "Противник атаковал Курскую и Белгородскую области группами по 5 беспилотников.",
            {"Kursk Oblast": {}, "Belgorod Oblast": {}},
        ),
    ],
)
def test_numbers_that_are_no_place_count(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    assert place_facts(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time after a list whose counts come first leaves it so
        (
            "Air defences destroyed 9 drones over the Oryol region and 4 over the Tula region "
            "between 1 am and 4 am.",
            {"Oryol Oblast": {"intercepted": 9}, "Tula Oblast": {"intercepted": 4}},
        ),
        (
            "Уничтожены 15 украинских беспилотников над территорией Липецкой области и 6 над "
            "Тамбовской областью в период с 21:00 до 23:30.",
            {"Lipetsk Oblast": {"intercepted": 15}, "Tambov Oblast": {"intercepted": 6}},
        ),
        # two figures of the first place, no total before them
        (
            "Russian shelling killed 2 and wounded 9 in Kherson, and killed 1 in Bilozerka.",
            {"Kherson": {"killed": 2, "wounded": 9}, "Bilozerka": {"killed": 1}},
        ),
        # a casualty list under its total, and two kinds of weapon for one place
        (
            "Shelling killed 6 people on Sunday, including 4 in Kherson and 2 in Nikopol.",
            {"Kherson": {"killed": 4}, "Nikopol": {"killed": 2}},
        ),
        (
            "Загинули 5 людей: 3 у Херсоні та 2 у Бериславі.",
            {"Kherson": {"killed": 3}, "Beryslav": {"killed": 2}},
        ),
        (
            "Air defence destroyed 2 missiles and 11 drones over the Odesa region and 5 drones "
            "over the Mykolaiv region.",
            {
                "Odesa Oblast": {"intercepted": 13},
                "Mykolaiv Oblast": {"drones": 5, "intercepted": 5},
            },
        ),
        # after a place with a zero of its own, the list still reads
        (
            "Drones hit the Sumy and Kharkiv regions. Nobody was hurt there. Shelling killed 6 "
            "people on Sunday, including 4 in Kherson and 2 in Nikopol.",
            {
                "Sumy Oblast": {"killed": 0, "wounded": 0},
                "Kharkiv Oblast": {"killed": 0, "wounded": 0},
                "Kherson": {"killed": 4},
                "Nikopol": {"killed": 2},
            },
        ),
    ],
)
def test_lists_keep_each_places_own_counts(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    assert place_facts(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who they were, after a dash, is no count of the next place
        (
            "Shelling killed 4 civilians on Monday in Kherson - 3 men and a woman - and "
            "injured 2 in Beryslav.",
            {"Kherson": {"killed": 4}},
        ),
        # a time before the list is no count of its first place
        (
            "Станом на 08:00 у Херсоні поранено 6 людей, у Білозерці – 2.",
            {"Kherson": {"wounded": 6}},
        ),
        # of two weapon figures, a part word does not tell which one the list parts
        (
            "Russia launched 70 drones, of which 50 were shot down over the Kyiv region and 10 "
            "over the Sumy region.",
            {"Kyiv Oblast": {"intercepted": 50}, "Sumy Oblast": {"intercepted": 10}},
        ),
        # "40 of 50 drones": the total is the 40
        (
            "Air defences shot down 40 of 50 drones: 30 over Kyiv and 10 over Odesa.",
            {"Kyiv": {"intercepted": 30}, "Odesa": {"intercepted": 10}},
        ),
    ],
)
def test_lists_take_no_count_of_another_kind(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    found = place_facts(text, gaz)
    for name, facts in expected.items():
        assert found[name] == facts, found


def test_a_list_parts_the_figure_written_last_before_it(gaz: Gazetteer) -> None:
    # the list parts the 14 wounded, not the 7 killed written before them (4 + 3 = 7)
    found = place_facts("Загинули 7 людей, поранено 14, зокрема 4 у Херсоні та 3 у Бериславі.", gaz)
    assert found["Kherson"].get("killed") != 4 and found["Beryslav"].get("killed") != 3


def test_counts_of_other_things_are_no_casualties(gaz: Gazetteer) -> None:
    text = (
        "The strikes damaged 6 houses, including 4 in Bucha and 2 in Irpin, and injured 6 people."
    )
    assert place_facts(text, gaz)["Bucha"] == {}


def test_casualties_in_the_next_sentence_of_the_same_paragraph(gaz: Gazetteer) -> None:
    text = (
        "У Ніжині внаслідок удару пошкоджено котельню. Поранено двох людей, повідомив "
        "начальник Чернігівської ОВА."
    )
    assert place_facts(text, gaz)["Nizhyn"] == {"wounded": 2}


def test_a_new_paragraph_does_not_inherit_casualties(gaz: Gazetteer) -> None:
    text = "A drone hit a warehouse in Kovel.\n\nAcross the country, 6 people were injured."
    assert place_facts(text, gaz)["Kovel"] == {}


def test_casualties_after_a_sentence_about_a_citys_districts(gaz: Gazetteer) -> None:
    text = (
        "Drones and missiles targeted Kyiv all night. Blasts damaged homes in the Obolonskyi "
        "and Holosiivskyi districts. At least 17 people were injured.\n\n"
        "In Russia's Bryansk region, the governor said a man died when a Ukrainian drone hit "
        "his car."
    )
    found = place_facts(text, gaz)
    assert found["Kyiv"] == {"wounded": 17}
    assert found["Bryansk Oblast"] == {"killed": 1}


def test_nobody_hurt_there_holds_for_each_place_before(gaz: Gazetteer) -> None:
    text = "Drones also hit farms in the Poltava and Cherkasy regions. Nobody was hurt there."
    found = place_facts(text, gaz)
    assert found["Poltava Oblast"] == {"killed": 0, "wounded": 0}
    assert found["Cherkasy Oblast"] == {"killed": 0, "wounded": 0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places first: the later items leave out the words of the figure the first states
        (
            "Після нічної атаки у Полтаві поранено 6 людей, у Кременчуці – 3.",
            {"Poltava": {"wounded": 6}, "Kremenchuk": {"wounded": 3}},
        ),
        (
            "Вечером в Курске ранены 5 человек, в Рыльске – двое, в Судже – ещё один.",
            {"Kursk": {"wounded": 5}, "Ryl’sk": {"wounded": 2}, "Sudzha": {"wounded": 1}},
        ),
        (
            "Внаслідок удару в Ізюмі загинули 4 людини, у Балаклії ще двоє.",
            {"Izium": {"killed": 4}, "Balakliya": {"killed": 2}},
        ),
        # counts first: "and" before a later count ("... and two in Sumy")
        (
            "Overnight shelling killed five people in Nikopol and two in Marhanets.",
            {"Nikopol": {"killed": 5}, "Marhanets": {"killed": 2}},
        ),
        (
            "Обстріл забрав життя 3 людей у Херсоні та 1 у Бериславі.",
            {"Kherson": {"killed": 3}, "Beryslav": {"killed": 1}},
        ),
        (
            "В результате удара ранены четыре человека в Белгороде и один в Шебекино.",
            {"Belgorod": {"wounded": 4}, "Shebekino": {"wounded": 1}},
        ),
        # counts first, the verb after the first count: no head to read the later ones with
        (
            "Three people were injured in Poltava and two in Kremenchuk.",
            {"Poltava": {"wounded": 3}, "Kremenchuk": {"wounded": 2}},
        ),
        (
            "Загинула 1 людина в Ізюмі та ще 2 у Балаклії.",
            {"Izium": {"killed": 1}, "Balakliya": {"killed": 2}},
        ),
        # the people counted named again ("ще одна людина")
        (
            "У Херсоні поранено п'ятеро людей, у Бериславі – ще одна людина.",
            {"Kherson": {"wounded": 5}, "Beryslav": {"wounded": 1}},
        ),
        # the town in the locative at the start of its piece is no man from it
        (
            "В Охтирці поранено трьох людей, у Сумах ще двох.",
            {"Okhtyrka": {"wounded": 3}, "Sumy": {"wounded": 2}},
        ),
    ],
)
def test_later_items_of_a_list_take_the_figure_the_first_states(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    assert place_facts(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the item says more than a count of people: it is no casualty figure
        (
            "Вночі у Полтаві поранено 6 людей, у Кременчуці – 3 будинки пошкоджено.",
            {"Poltava": {"wounded": 6}, "Kremenchuk": {}},
        ),
        (
            "Вночі у Полтаві поранено 6 людей, у Кременчуці пошкоджено 3 будинки.",
            {"Poltava": {"wounded": 6}, "Kremenchuk": {}},
        ),
        # the item before states both kinds: which one the count is, is not told
        (
            "В Курске погибли 2 человека и ранены 7, в Рыльске – 3.",
            {"Kursk": {"killed": 2, "wounded": 7}, "Ryl’sk": {}},
        ),
        # two verbs before a list: its later items are not read with them, and the list
        # parts the figure written last before it ("зокрема": of the 14 wounded)
        (
            "Загинули 7 людей, поранено 14, зокрема 4 у Херсоні та 3 у Бериславі.",
            {"Kherson": {"wounded": 4}, "Beryslav": {"wounded": 3}},
        ),
        (
            "Погибли 2 человека, ранены 9, из них 6 в Шебекино и 3 в Грайвороне.",
            {"Shebekino": {"wounded": 6}, "Grayvoron": {"wounded": 3}},
        ),
        # a later item with a verb of its own is no elided one ("и двое ранены в ...")
        (
            "Погиб один человек в Грайвороне и трое ранены в Валуйках.",
            {"Grayvoron": {"killed": 1}, "Valuyki": {"wounded": 3}},
        ),
        (
            "Two were killed in Izium and four were wounded in Balakliia.",
            {"Izium": {"killed": 2}, "Balakliya": {"wounded": 4}},
        ),
    ],
)
def test_later_items_that_are_no_elided_figure(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    assert place_facts(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a total, then each place with its count after it
        (
            "Унаслідок обстрілів загинули 5 людей: у Херсоні – 3, у Бериславі – 2.",
            {"Kherson": {"killed": 3}, "Beryslav": {"killed": 2}},
        ),
        (
            "Всего ранены 9 мирных жителей, из них в Курске – 6, в Рыльске – 3.",
            {"Kursk": {"wounded": 6}, "Ryl’sk": {"wounded": 3}},
        ),
        # a total parted by a dash, not a colon
        (
            "Overnight 9 people were wounded – 5 in Kharkiv, 3 in Chuhuiv and 1 in Izium.",
            {"Kharkiv": {"wounded": 5}, "Chuhuyiv": {"wounded": 3}, "Izium": {"wounded": 1}},
        ),
        (
            "Від обстрілів загинули четверо цивільних: троє в Нікополі та один у Марганці.",
            {"Nikopol": {"killed": 3}, "Marhanets": {"killed": 1}},
        ),
        # the total named by what befell them ("the 7 injured", "з 8 поранених"), or by
        # the words before it ("число раненых выросло до 12:")
        (
            "Of the 7 injured, 5 were in Belgorod and 2 in Shebekino.",
            {"Belgorod": {"wounded": 5}, "Shebekino": {"wounded": 2}},
        ),
        (
            "З 9 поранених шестеро – у Сумах, троє – у Шостці.",
            {"Sumy": {"wounded": 6}, "Shostka": {"wounded": 3}},
        ),
        (
            "Число погибших выросло до 5: в Курске – 3, в Рыльске – 2.",
            {"Kursk": {"killed": 3}, "Ryl’sk": {"killed": 2}},
        ),
        # a place named in the list before and then with its own figure
        (
            "Дрони атакували Суми та Шостку: у Сумах двоє загиблих, у Шостці – один.",
            {"Sumy": {"killed": 2}, "Shostka": {"killed": 1}},
        ),
    ],
)
def test_a_total_parted_among_places(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    assert place_facts(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ворог вбив двох людей у Херсоні.", "uk"),
        ("Росіяни вбили трьох мешканців Нікополя.", "uk"),
        ("Удар обірвав життя 4 людей.", "uk"),
        ("Атака забрала життя двох чоловіків.", "uk"),
        ("Один чоловік помер у лікарні.", "uk"),
        ("Ще двоє людей отримали опіки.", "uk"),
        ("Троє людей звернулися по медичну допомогу.", "uk"),
        ("Обстріл поранив п'ятьох людей.", "uk"),
        ("Двоє потерпілих госпіталізовані.", "uk"),
        ("ВСУ убили двух мирных жителей.", "ru"),
        ("Удар унес жизни трех человек.", "ru"),
        ("Женщина скончалась в больнице.", "ru"),
        ("Мужчина умер по дороге в больницу.", "ru"),
        ("Беспилотник ранил двух человек.", "ru"),
        ("Четыре человека обратились за медицинской помощью.", "ru"),
        ("Двое получили ожоги.", "ru"),
    ],
)
def test_every_casualty_word_the_reader_reads_passes_the_hint(text: str, lang: str) -> None:
    # the hint decides whether a place's text is read at all: it must not drop a figure
    from geo.understand import place_facts as pf
    from geo.understand.facts import extract_facts

    read = extract_facts(text, lang)
    assert read.keys() & {"killed", "wounded"}, read
    assert pf._may_hold_figure(text, lang)


def test_the_hint_of_place_figures_holds_every_hint_of_the_uk_ru_reader() -> None:
    # a text holding any word the Ukrainian and Russian reader reads figures from passes
    # the place hint (each of the reader's hints holds one of the place hint's words)
    from geo.understand import facts_uk_ru
    from geo.understand import place_facts as pf

    # (but a running total's words, "всего с начала суток — 6": a total of the report's,
    # told of no place)
    for hint in set(facts_uk_ru._ALL_HINTS) - set(facts_uk_ru._RUNNING_HINTS):
        assert any(word in hint for word in pf._FACT_HINT_WORDS), hint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day of a date is no count of the place after it (the second place's own
        # count, after the date, is not read yet: it may only be missing, never the day)
        (
            "3 червня у Херсоні поранено 4 людей, 4 червня – ще 2 у Бериславі.",
            {"Kherson": {"wounded": 4}, "Beryslav": {"wounded": 2}},
        ),
        (
            "5 июня в Курске погибли 2 человека, 6 июня – еще один в Рыльске.",
            {"Kursk": {"killed": 2}, "Ryl’sk": {"killed": 1}},
        ),
        # nor the first number of a list whose head it stands in
        (
            "On June 3 shelling killed 4 people in Kherson and 2 in Beryslav.",
            {"Kherson": {"killed": 4}, "Beryslav": {"killed": 2}},
        ),
    ],
)
def test_dates_are_no_counts_of_a_list(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    found = place_facts(text, gaz)
    assert found.keys() == expected.keys()
    for name, facts in expected.items():
        for key, value in found[name].items():
            assert facts.get(key) == value, (name, found)
    first = next(iter(expected))
    assert found[first] == expected[first]


def test_a_time_is_no_count(gaz: Gazetteer) -> None:
    # "9:30" is no 30 drones: neither the report's figure nor the place's
    text = "At 9:30 two drones were shot down over Kursk."
    ex = extract_report(Report("t", text), gaz)
    assert ex.facts == {"intercepted": 2}
    assert place_facts(text, gaz) == {"Kursk": {"intercepted": 2}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that counts the next place before naming it is that place's
        (
            "In Chernihiv, 9 drones were shot down, and debris injured three people in Nizhyn.",
            {"Chernihiv": {"intercepted": 9}, "Nizhyn": {"wounded": 3}},
        ),
        (
            "Над Курском сбиты 6 беспилотников, обломками ранены трое в Рыльске.",
            {"Kursk": {"intercepted": 6}, "Ryl’sk": {"wounded": 3}},
        ),
        # ... not a count in the same clause as the first place ("in the city's district")
        (
            "У Чернігові поранено 4 людей у Деснянському районі.",
            {"Chernihiv": {"wounded": 4}},
        ),
    ],
)
def test_a_clause_counting_the_next_place(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    found = place_facts(text, gaz)
    for name, facts in expected.items():
        assert found[name] == facts, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report's figure is what the list adds up to, not its first item's
        ("У Полтаві поранено 6 людей, у Кременчуці – 3.", {"wounded": 9}),
        ("Overnight shelling killed five people in Nikopol and two in Marhanets.", {"killed": 7}),
        ("В Курске ранены 5 человек, в Рыльске – двое, в Судже – ещё один.", {"wounded": 8}),
        # a total stated for the list stays what it is
        ("Of the 7 injured, 5 were in Belgorod and 2 in Shebekino.", {"wounded": 7}),
        # and a larger total stated elsewhere too
        (
            "У Полтаві поранено 6 людей, у Кременчуці – 3. Усього за добу поранено 15 людей.",
            {"wounded": 15},
        ),
    ],
)
def test_the_reports_figure_of_a_list(text: str, expected: dict[str, int], gaz: Gazetteer) -> None:
    assert extract_report(Report("t", text), gaz).facts == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one count told of each place of a group, the group alone in its list
        (
            "Загинули двоє людей – по одному в Сумах та Шостці.",
            {"Sumy": {"killed": 1}, "Shostka": {"killed": 1}},
        ),
        (
            "Уничтожены 8 БПЛА – по четыре над Курской и Орловской областями.",
            {"Kursk Oblast": {"intercepted": 4}, "Oryol Oblast": {"intercepted": 4}},
        ),
    ],
)
def test_a_count_told_of_each_place_of_one_group(
    text: str, expected: dict[str, dict[str, int]], gaz: Gazetteer
) -> None:
    assert place_facts(text, gaz) == expected
