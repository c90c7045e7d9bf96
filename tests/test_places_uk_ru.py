"""Places and roles in Ukrainian and Russian reports: one test per way of writing a place
and per kind of cue. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report
from geo.understand.mentions_uk_ru import foreign_spelling


def places(text: str, gaz: Gazetteer) -> dict[str, tuple[str, str | None, str]]:
    """name -> (role, admin1, kind) of every place of ``text``."""
    ex = extract_report(Report("t", text), gaz)
    return {p.place.name: (p.role, p.place.admin1, p.place.kind) for p in ex.places}


def assert_role(text: str, name: str, role: str, gaz: Gazetteer) -> None:
    """The place ``name`` is found in ``text`` with ``role``."""
    found = places(text, gaz)
    assert found.get(name, ("",))[0] == role, found


def impact_regions(text: str, gaz: Gazetteer) -> set[str]:
    ex = extract_report(Report("t", text), gaz)
    return {p.place.admin1 for p in ex.places if p.role == "impact" and p.place.admin1}


# -- ways of writing places ------------------------------------------------------------------


def test_listed_region_adjectives_uk(gaz: Gazetteer) -> None:
    text = "Вночі безпілотники збили над Полтавською, Черкаською і Вінницькою областями."
    assert impact_regions(text, gaz) == {"UA-53", "UA-71", "UA-05"}


def test_listed_region_adjectives_ru(gaz: Gazetteer) -> None:
    text = "Ночью дежурные средства ПВО уничтожили дроны над Тамбовской и Липецкой областями."
    assert impact_regions(text, gaz) == {"RU-TAM", "RU-LIP"}


def test_region_word_left_out_after_a_list(gaz: Gazetteer) -> None:
    text = "Сбиты 30 беспилотников: 12 над Курской областью, по девять — над Тульской и Калужской."
    assert impact_regions(text, gaz) == {"RU-KRS", "RU-TUL", "RU-KLU"}


def test_shchyna_names(gaz: Gazetteer) -> None:
    text = "Окупанти обстріляли Житомирщину та Рівненщину, пошкоджено склади."
    assert impact_regions(text, gaz) == {"UA-18", "UA-56"}
    # (the Zaporizhzhia region's "-чина" name was no place)
    assert impact_regions("На Запоріжчині пошкоджено лінію електропередачі.", gaz) == {"UA-23"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ворог вдарив по Запоріжжю керованими бомбами.", "Zaporizhzhia"),
        ("У Білій Церкві уламки впали на дах школи.", "Bila Tserkva"),
        ("У Кривому Розі пошкоджено дві багатоповерхівки.", "Kryvyi Rih"),
        ("В Старом Осколе беспилотник повредил автомобиль.", "Staryy Oskol"),
        ("Росіяни атакували Тернопіль балістичною ракетою.", "Ternopil"),
    ],
)
def test_inflected_cities(text: str, name: str, gaz: Gazetteer) -> None:
    found = places(text, gaz)
    assert found[name][0] == "impact"


@pytest.mark.parametrize(
    ("text", "admin1", "kind"),
    [
        ("У Бериславському районі внаслідок обстрілу поранено чоловіка.", "UA-65", "admin2"),
        ("В Шебекинском районе повреждены две линии электропередачи.", "RU-BEL", "admin2"),
        ("У Великописарівській громаді пошкоджено будинок культури.", "UA-59", "admin2"),
    ],
)
def test_raions_and_hromadas(text: str, admin1: str, kind: str, gaz: Gazetteer) -> None:
    found = [v for v in places(text, gaz).values() if v[2] == kind]
    assert found and found[0][0] == "impact" and found[0][1] == admin1


def test_settlement_abbreviations(gaz: Gazetteer) -> None:
    text = "Під обстріл потрапили смт Козача Лопань на Харківщині та с. Миропілля на Сумщині."
    found = places(text, gaz)
    assert found["Kozacha Lopan"] == ("impact", "UA-63", "settlement")
    assert found["Myropillia"] == ("impact", "UA-59", "settlement")


def test_countries_in_cyrillic(gaz: Gazetteer) -> None:
    found = places("Росія вночі атакувала Україну, заявили у Повітряних силах.", gaz)
    assert found["Russia"][2] == "country" and found["Ukraine"][2] == "country"
    assert all(v[0] == "mention" for v in found.values())


# -- precision: ordinary words and people are never places --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Атаки тривали всю ніч, сарай згорів, мирний житель отримав поранення.",
        "Олег Петренко і Сергій Коваль розповіли про наслідки удару.",
        "Губернатор Вячеслав Гладков сообщил, что Новости будут позже.",
        "Українська влада вважає такі удари воєнними злочинами.",
        "Про це повідомили в Головному управлінні розвідки.",
        "Из них восемь дронов уничтожены.",
    ],
)
def test_no_junk_places(text: str, gaz: Gazetteer) -> None:
    assert places(text, gaz) == {}


def test_small_homonym_far_from_the_report_is_unresolved(gaz: Gazetteer) -> None:
    text = (
        "Беспилотник атаковал Белгород. В Белгородском районе в поселке Дубовое "
        "повреждена крыша дома."
    )
    ex = extract_report(Report("t", text), gaz)
    names = {p.place.name: p.place.admin1 for p in ex.places}
    assert "UA-21" not in names.values() and "UA-77" not in names.values()
    dubovoe = [p for p in ex.places if p.mentions[0].text == "Дубовое"]
    assert (dubovoe and dubovoe[0].place.admin1 == "RU-BEL") or any(
        u.span.text == "Дубовое" for u in ex.unresolved
    )


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # Russian regions by their Ukrainian names: once a town named like the adjective
        # (Orlov, Kirov Oblast; a Ryazanskaya in the Krasnodar Krai) or nothing
        ("Уночі дрони атакували об'єкти в Орловській області.", "RU-ORL"),
        ("Уночі дрони атакували об'єкти в Рязанській області.", "RU-RYA"),
        ("Уночі дрони атакували об'єкти у Воронезькій області.", "RU-VOR"),
        ("Уночі дрони атакували об'єкти в Ярославській області.", "RU-YAR"),
        ("Уночі дрони атакували об'єкти в Московській області.", "RU-MOS"),
        ("Уночі дрони атакували об'єкти в Ставропольському краї.", "RU-STA"),
        # the "-щина" forms
        ("Вибухи пролунали на Бєлгородщині, Курщині та Брянщині.", "RU-BEL"),
        ("Вибухи пролунали на Бєлгородщині, Курщині та Брянщині.", "RU-KRS"),
        ("Дрони атакували Смоленщину.", "RU-SMO"),
        ("Вибухи пролунали на Тульщині.", "RU-TUL"),
        # the noun left out after a list of them
        ("За даними ворога, над Брянською та Орловською збито 15 БпЛА.", "RU-ORL"),
    ],
)
def test_russian_regions_by_their_ukrainian_names(text: str, admin1: str, gaz: Gazetteer) -> None:
    assert admin1 in impact_regions(text, gaz)


def test_a_russian_region_of_a_ukrainian_list_is_not_a_town(gaz: Gazetteer) -> None:
    text = "За даними ворога, над Брянською та Орловською збито 15 БпЛА."
    found = places(text, gaz)
    assert {name for name, (_, _, kind) in found.items() if kind != "admin1"} == set(), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a facility named by its town's adjective is in that town
        ("Атакован Рязанский НПЗ.", "Ryazan’"),
        ("Під удар потрапив Туапсинський нафтопереробний завод.", "Tuapse"),
        ("Пожар на Новошахтинском заводе нефтепродуктов.", "Novoshakhtinsk"),
        ("Беспилотники атаковали Кстовский НПЗ.", "Kstovo"),
        ("Удар по Кременчуцькому НПЗ.", "Kremenchuk"),
        ("Дрони атакували Одеський порт.", "Odesa"),
        ("Дрони атакували Ізмаїльський порт.", "Izmayil"),
        ("Харківський тракторний завод зазнав удару.", "Kharkiv"),
        ("Уражено Новоросійську нафтобазу.", "Novorossiysk"),
        ("Уражено Афіпський НПЗ.", "Afipskiy"),
    ],
)
def test_a_facility_named_by_its_towns_adjective(text: str, name: str, gaz: Gazetteer) -> None:
    assert_role(text, name, "impact", gaz)


@pytest.mark.parametrize(
    "text",
    [
        "Росіяни атакували Запорізьку АЕС.",  # a nuclear plant is named after its region
        "Українська нафтобаза постраждала від удару.",  # a country's adjective
    ],
)
def test_facilities_not_named_by_a_town(text: str, gaz: Gazetteer) -> None:
    assert not [p for p in places(text, gaz).values() if p[2] == "settlement"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Russian towns spelled the Ukrainian way, which GeoNames does not list
        ("Вибухи пролунали поблизу Новошахтинська.", "Novoshakhtinsk"),
        ("Атаковано Новоросійськ.", "Novorossiysk"),  # (not Krasnodar, by a false alternate)
        ("Дрони атакували Єлабугу в Татарстані.", "Yelabuga"),
        # a town with its region after it needs no other evidence
        ("Уночі дрони атакували НПЗ у Новошахтинську Ростовської області.", "Novoshakhtinsk"),
        # and Ukrainian towns spelled the Russian way
        ("Ранен один человек в Охтырке.", "Okhtyrka"),
    ],
)
def test_towns_spelled_the_other_languages_way(text: str, name: str, gaz: Gazetteer) -> None:
    assert_role(text, name, "impact", gaz)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # towns named in the plural, which the dictionary reads as a common noun's plural
        ("Губернатор Гусев: в Лисках от падения обломков повреждены линии.", "Liski"),
        ("В Великих Луках сбит беспилотник.", "Velikiye Luki"),
        ("В Лисках после атаки загорелся склад.", "Liski"),  # ("после", no noun after it)
        # both parts of a hyphenated name declined
        ("У Каменську-Шахтинському пошкоджено будинок.", "Kamensk-Shakhtinsky"),
        ("В Каменске-Шахтинском поврежден дом.", "Kamensk-Shakhtinsky"),
    ],
)
def test_towns_in_the_plural_and_hyphenated(text: str, name: str, gaz: Gazetteer) -> None:
    assert_role(text, name, "impact", gaz)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Russian towns in -ово, -ино declined the Ukrainian way
        ("Дрони атакували об'єкт у Шебекиному.", "Shebekino"),
        ("Дрони атакували об'єкт у Домодєдові.", "Domodedovo"),
        ("Дрони атакували об'єкт у Міллеровому.", "Millerovo"),
        ("Дрони атакували об'єкт у Кстові.", "Kstovo"),
    ],
)
def test_neuter_towns_declined_the_ukrainian_way(text: str, name: str, gaz: Gazetteer) -> None:
    assert_role(text, name, "impact", gaz)


def test_a_list_with_a_town_spelled_the_russian_way_keeps_each_figure(gaz: Gazetteer) -> None:
    text = (
        "Ракеты, запущенные из Курской области, убили трех человек в Сумах и ранили одного "
        "в Охтырке."
    )
    ex = extract_report(Report("t", text), gaz)
    facts = {p.place.name: p.facts for p in ex.places if p.role == "impact"}
    assert facts == {"Sumy": {"killed": 3}, "Okhtyrka": {"wounded": 1}}, facts


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("Дом", "ru"),
        ("Гладков", "ru"),
        ("Глава", "ru"),
        ("Ленин", "ru"),
        ("Голова", "uk"),
        ("Гусєв", "uk"),  # a surname, not the town of Gusev
        ("Уночі", "uk"),
        ("ЗСУ", "uk"),
    ],
)
def test_ordinary_words_and_names_are_no_town_of_the_other_language(
    word: str, lang: str, gaz: Gazetteer
) -> None:
    assert foreign_spelling(gaz, word, lang) == ()


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a place heading what a post tells of it, after a dash
        ("Курск — атака БПЛА, повреждены два дома.", "Kursk", "impact"),
        ("Запоріжжя — удар КАБами по промисловому об'єкту.", "Zaporizhzhia", "impact"),
        ("▪️ Суми – пошкоджено будинок;\n▪️ Шостка – без наслідків.", "Sumy", "impact"),
        ("▪️ Суми – пошкоджено будинок;\n▪️ Шостка – без наслідків.", "Shostka", "mention"),
        ("Харків — місто-герой.", "Kharkiv", "mention"),
        # the targets after a launch's places are no launch places
        (
            "Дрони, запущені з Курської та Брянської областей, атакували Шостку.",
            "Shostka",
            "impact",
        ),
        (
            "Дрони, запущені з Курської та Брянської областей, атакували Шостку.",
            "Kursk Oblast",
            "launch",
        ),
        (
            "Беспилотники, запущенные с территории Сумской области, атаковали Курск.",
            "Kursk",
            "impact",
        ),
        (
            "Ракети, випущені з Бєлгородської області, поранили трьох людей у Харкові.",
            "Belgorod Oblast",
            "launch",
        ),
    ],
)
def test_headings_and_launches(text: str, name: str, role: str, gaz: Gazetteer) -> None:
    found = places(text, gaz)
    assert found[name][0] == role, found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a border is a reference point
        (
            "Уражено склад у Курській області, за 10 км від кордону з Сумщиною.",
            "Sumy Oblast",
            "mention",
        ),
        (
            "Удар пришелся по селу Казачья Лопань, в нескольких километрах от границы с "
            "Белгородской областью.",
            "Belgorod Oblast",
            "mention",
        ),
        # where a statement, a name for an attack or a threat was made
        (
            "Міністерство оборони РФ у Москві заявило, що всі дрони збито над морем.",
            "Moscow",
            "mention",
        ),
        ("В Киеве заявили, что удар по Курской области наносился ракетами.", "Kyiv", "mention"),
        (
            "В Киеве заявили, что удар по Курской области наносился ракетами.",
            "Kursk Oblast",
            "impact",
        ),
        ("Глава МИД России в Москве назвал атаку «терроризмом».", "Moscow", "mention"),
        ("Путін у Москві пригрозив «ударом у відповідь».", "Moscow", "mention"),
        # an official's words after a colon
        ("Глава Белгородской области: в Шебекино повреждены дома.", "Shebekino", "impact"),
        ("Губернатор Гусев: в Лисках от падения обломков повреждены линии.", "Liski", "impact"),
        ("Губернатор Курской области сообщил об атаке.", "Kursk Oblast", "mention"),
        # the town, not the village its adjective names
        ("Вибухи в окупованому Донецьку.", "Donetsk", "impact"),
        ("Обстріл Донецька.", "Donetsk", "impact"),
    ],
)
def test_reference_points_and_where_it_was_said(
    text: str, name: str, role: str, gaz: Gazetteer
) -> None:
    assert_role(text, name, role, gaz)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # informal names of oblasts and raions, in Ukrainian and in Russian
        ("Уночі ворог атакував Івано-Франківщину.", "UA-26"),
        ("Уночі ворог атакував Чернівеччину.", "UA-77"),
        ("Нікопольщина: ворог гатив з артилерії по Марганцю.", "UA-12"),
        ("На Синельниківщині окупанти били безпілотниками.", "UA-12"),
        ("В Подмосковье обломки беспилотника упали на крышу дома.", "RU-MOS"),
        ("Ночью беспилотники атаковали Белгородчину.", "RU-BEL"),
        ("Ночью ракеты ударили по Харьковщине.", "UA-63"),
    ],
)
def test_informal_names_of_oblasts_and_raions(text: str, admin1: str, gaz: Gazetteer) -> None:
    assert admin1 in impact_regions(text, gaz)


def test_an_informal_raion_name_heading_a_post(gaz: Gazetteer) -> None:
    found = places("Нікопольщина: ворог гатив з артилерії по Марганцю.", gaz)
    assert found["Nikopol Raion"][0] == "impact" and found["Marhanets"][0] == "impact", found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "Суджанским" holds no court ("суд")
        ("В Курской области над Суджанским районом сбит беспилотник.", "Kursk Oblast", "impact"),
        ("Решение принял суд Курской области.", "Kursk Oblast", "mention"),
        # a facility's abbreviation before "поблизу" is no place to refer to
        ("Пожежа на НПЗ поблизу Новошахтинська триває другу добу.", "Novoshakhtinsk", "impact"),
        # where the wounded were taken
        ("Пострадавших при обстреле Рыльска эвакуировали в Москву.", "Moscow", "mention"),
        ("Поранених доправили до Києва.", "Kyiv", "mention"),
        # a strike right before a small town far from the report's other places
        ("Пострадавших при обстреле Рыльска эвакуировали в Москву.", "Ryl’sk", "impact"),
    ],
)
def test_authorities_references_and_the_wounded_taken_elsewhere(
    text: str, name: str, role: str, gaz: Gazetteer
) -> None:
    assert_role(text, name, role, gaz)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # no strike, said in so many words
        ("На Вінниччині обійшлося без влучань.", "Vinnytsia Oblast", "mention"),
        ("В Курской области разрушений нет.", "Kursk Oblast", "mention"),
        (
            "В Воронежской области режим беспилотной опасности, атак пока не зафиксировано.",
            "Voronezh Oblast",
            "mention",
        ),
        ("У Харкові пошкоджено будинок, постраждалих немає.", "Kharkiv", "impact"),
        ("Уночі було збито 5 дронів над Сумщиною.", "Sumy Oblast", "impact"),
        # a list's items on one line, parted by bullets
        (
            "Ночная атака: 🔸 Воронеж — обломки на частный сектор 🔸 Тамбов — тревога, атаки "
            "не было 🔸 Липецк — пожар в промзоне",
            "Tambov",
            "mention",
        ),
        (
            "Ночная атака: 🔸 Воронеж — обломки на частный сектор 🔸 Тамбов — тревога, атаки "
            "не было 🔸 Липецк — пожар в промзоне",
            "Lipetsk",
            "impact",
        ),
        # a town the dictionary knows as a word, heading a post's line
        ("Херсон — ворог атакував дроном авто, поранено двох людей", "Kherson", "impact"),
        ("Конотоп: пошкоджено депо.", "Konotop", "impact"),
    ],
)
def test_negations_bullets_and_headed_lines(
    text: str, name: str, role: str, gaz: Gazetteer
) -> None:
    assert_role(text, name, role, gaz)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # each place of a list before the dash (and no dateline)
        ("Купʼянськ, Ізюм, Балаклія — обстріли.", "Izium", "impact"),
        ("Рыльск, Глушково, Теткино — обстрелы ВСУ.", "Ryl’sk", "impact"),
        ("Харків, Суми, Полтава: тривога.", "Sumy", "mention"),
        # flown over, on the way to the target
        (
            "Ракета пролетіла над Черкащиною та Кіровоградщиною і влучила у Вінницю.",
            "Kirovohrad Oblast",
            "mention",
        ),
        (
            "Ракета пролетіла над Черкащиною та Кіровоградщиною і влучила у Вінницю.",
            "Vinnytsia",
            "impact",
        ),
        ("Дроны пролетели над Калужской областью и атаковали Москву.", "Kaluga Oblast", "mention"),
        ("Над Сумщиною збито 5 дронів.", "Sumy Oblast", "impact"),
        # a threat and a condition are no strike
        ("Росіяни погрожують ударами по Львову та Ужгороду.", "Uzhhorod", "mention"),
        ("Если ВСУ ударят по Курской АЭС, последствия будут тяжелыми.", "Kursk Oblast", "mention"),
        # a distance told in words
        (
            "Грабовське на Сумщині, що лише за кілька кілометрів від Бєлгородської області, "
            "обстріляли.",
            "Belgorod Oblast",
            "mention",
        ),
    ],
)
def test_lists_flyovers_threats_and_distances(
    text: str, name: str, role: str, gaz: Gazetteer
) -> None:
    assert_role(text, name, role, gaz)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a negated clause takes no cue from the sentence's other clause
        (
            "В Курской области разрушений нет, а вот в Брянской пострадали два дома.",
            "Kursk Oblast",
            "mention",
        ),
        (
            "В Курской области разрушений нет, а вот в Брянской пострадали два дома.",
            "Bryansk Oblast",
            "impact",
        ),
        (
            "На Вінниччині обійшлося без влучань, натомість у Старокостянтинові пошкоджено ангар.",
            "Vinnytsia Oblast",
            "mention",
        ),
        # a list after a summary's colon, before the dash
        (
            "Курская область за сутки: Рыльск, Глушково, Теткино — обстрелы ВСУ.",
            "Glushkovo",
            "impact",
        ),
        (
            "Херсонщина за добу: Білозерка, Дніпровський район Херсона — артобстріли.",
            "Dniprovskyi district",
            "impact",
        ),
        # a region heading its post with a colon; shells
        (
            "Белгородчина: за сутки ВСУ выпустили более ста снарядов по селам.",
            "Belgorod Oblast",
            "impact",
        ),
        # the wounded's town is not the hospital's
        ("Пострадавших в Шебекино доставили в больницу в Белгороде.", "Shebekino", "impact"),
        ("Пострадавших в Шебекино доставили в больницу в Белгороде.", "Belgorod", "mention"),
        # a threat of an attack
        (
            "Аэропорты Казани и Нижнекамска временно закрыты из-за угрозы атаки дронов.",
            "Kazan",
            "mention",
        ),
    ],
)
def test_negated_clauses_summaries_hospitals_and_threats(
    text: str, name: str, role: str, gaz: Gazetteer
) -> None:
    assert_role(text, name, role, gaz)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a river named like a town
        ("Окупанти обстріляли Херсон з лівого берега Дніпра.", "Dnipro", "mention"),
        ("Окупанти обстріляли Херсон з лівого берега Дніпра.", "Kherson", "impact"),
        ("Ворог обстрілює населені пункти вздовж Дніпра на Херсонщині.", "Dnipro", "mention"),
        ("Российские войска обстреляли Никополь с другого берега Днепра.", "Dnipro", "mention"),
        ("Ракета влучила у Дніпро.", "Dnipro", "impact"),
        ("Обстріл берега Херсона.", "Kherson", "impact"),
    ],
)
def test_a_river_named_like_a_town(text: str, name: str, role: str, gaz: Gazetteer) -> None:
    assert_role(text, name, role, gaz)


def test_an_ordinary_word_heading_a_line_is_no_village(gaz: Gazetteer) -> None:
    assert places("Атаки — головна загроза.", gaz) == {}


# -- roles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Дрони запускали з боку Брянської області та Курська.", "Bryansk Oblast", "launch"),
        ("Беспилотники были запущены со стороны Сумской области.", "Sumy Oblast", "launch"),
        ("Пуски ракет велися з аеродромів біля міст Енгельс та Моздок.", "Engels", "launch"),
        ("Над Хмельниччиною збито чотири крилаті ракети.", "Khmelnytskyi Oblast", "impact"),
        (
            "Шахеди рухалися в напрямку Черкаської та Київської областей.",
            "Cherkasy Oblast",
            "impact",
        ),
        ("Про це повідомив голова Одеської ОВА Олег Кіпер.", "Odesa Oblast", "mention"),
        ("Об этом сообщил губернатор Курской области.", "Kursk Oblast", "mention"),
        ("Поранених доправили до лікарні в Ніжині, їхній стан стабільний.", "Nizhyn", "mention"),
        ("Дрон упал в поле за 15 км от Курска, пострадавших нет.", "Kursk", "mention"),
        ("У Львові оголошували повітряну тривогу.", "Lviv", "mention"),
        ("Видео выложил телеграм-канал «Типичный Курск».", "Kursk", "mention"),
        ("Обломки упали в селе Веселое под Рыльском.", "Ryl’sk", "mention"),
        ("У Вінниці внаслідок удару пошкоджено підстанцію.", "Vinnytsia", "impact"),
        (
            "В Новороссийске загорелся резервуар после атаки безэкипажных катеров.",
            "Novorossiysk",
            "impact",
        ),
    ],
)
def test_roles_uk_ru(text: str, name: str, role: str, gaz: Gazetteer) -> None:
    found = places(text, gaz)
    assert found[name][0] == role, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Ukrainian report's sentence without і, ї, є or ґ is read by the Ukrainian rules
        ("Уночі ворог атакував Харківщину. Дрони уразили нафтобазу в Саках.", "Saki"),
        ("Сили оборони уразили аеродром Саки в Криму.", "Saki"),
        ("Зранку окупанти атакували Херсонщину. Уражено склад та гараж в Олешках.", "Oleshky"),
        (
            "Зранку окупанти атакували Херсонщину. Уражено склад та гараж в Олешках.",
            "Kherson Oblast",
        ),
        ("Протягом доби ворог атакував Сумщину. Пошкоджено склад у Ворожбі.", "Sumy Oblast"),
    ],
)
def test_ukrainian_sentence_without_ukrainian_letters(text: str, name: str, gaz: Gazetteer) -> None:
    assert places(text, gaz)[name][0] == "impact"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Під удар потрапили військові аеродроми «Саки» та «Кача» в Криму.",
            ("Saki", "Kacha"),
        ),
        ("Поражены аэродромы «Морозовск», «Миллерово» и «Энгельс».", ("Morozovsk", "Engels")),
        ("Дрони атакували аеропорт «Бельбек» біля Севастополя.", ("Sevastopol",)),
    ],
)
def test_an_airfield_named_in_quotes_after_its_place(
    text: str, names: tuple[str, ...], gaz: Gazetteer
) -> None:
    found = places(text, gaz)
    assert all(found[name][0] == "impact" for name in names), found


def test_an_outlet_named_in_quotes_stays_a_mention(gaz: Gazetteer) -> None:
    text = "Про вибухи в Одесі повідомив телеканал «Київ»."
    found = places(text, gaz)
    assert found["Kyiv"][0] == "mention" and found["Odesa"][0] == "impact", found


def test_elided_verb_takes_the_sentences_cue(gaz: Gazetteer) -> None:
    text = "Більшість дронів знешкодили на Київщині, по одному — на Сумщині та на Полтавщині."
    assert impact_regions(text, gaz) == {"UA-32", "UA-59", "UA-53"}


def test_read_also_in_ukrainian(gaz: Gazetteer) -> None:
    text = "Уночі ворог атакував Одесу.\nЧитайте також: Удар по Житомиру забрав життя двох людей"
    assert impact_regions(text, gaz) == {"UA-51"}


def test_hyphenated_town_in_the_genitive(gaz: Gazetteer) -> None:
    found = places("Пуски дронів фіксували з напрямку Приморсько-Ахтарська.", gaz)
    assert found["Primorsko-Akhtarsk"][0] == "launch"


def test_a_list_of_places_is_evidence_for_a_name_that_is_also_a_first_name(
    gaz: Gazetteer,
) -> None:
    text = "Під ударами були Херсон, Білозерка, Дар'ївка та Станіслав."
    assert places(text, gaz)["Stanislav"][0] == "impact"


def test_raion_adjectives_of_plural_town_names(gaz: Gazetteer) -> None:
    text = "Обломки беспилотников упали в Лискинском и Острогожском районах."
    assert {"Liski district", "Ostrogozhsk district"} <= set(places(text, gaz))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the locative of a town in -ськ is the town, not a region named by its adjective
        ("Уночі у Краматорську пошкоджено п'ять будинків.", "Kramatorsk", "settlement"),
        ("Після удару по Курську в місті пошкоджено гараж.", "Kursk", "settlement"),
        # ... while the feminine adjective after "над" is still the region
        ("Уночі дрони збили над Курською та Брянською.", "Kursk Oblast", "admin1"),
        # Sloviansk's names are no longer Nikopol's (GeoNames lists them for both)
        ("Унаслідок удару у Слов'янську пошкоджено школу.", "Sloviansk", "settlement"),
        # a name whose first part inflects: "Ростове-на-Дону", "Ростові-на-Дону"
        ("В Ростове-на-Дону повреждены два дома.", "Rostov-on-Don", "settlement"),
        ("У Ростові-на-Дону пошкоджено будинок.", "Rostov-on-Don", "settlement"),
    ],
)
def test_inflected_town_names(text: str, name: str, kind: str, gaz: Gazetteer) -> None:
    found = places(text, gaz)
    assert name in found and found[name][0] == "impact" and found[name][2] == kind, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a verb capitalised only because it opens the sentence is no first word of a name
        ("Обстріляли Куп'янськ та Ізюм.", {"Kupiansk", "Izium"}),
        ("Обстреляли Шебекино и Грайворон.", {"Shebekino", "Grayvoron"}),
    ],
)
def test_a_town_after_a_verb_opening_the_sentence(
    text: str, names: set[str], gaz: Gazetteer
) -> None:
    found = places(text, gaz)
    assert {name for name, (role, _a, _k) in found.items() if role == "impact"} == names, found


def test_the_next_place_of_a_verbless_list_after_a_dash(gaz: Gazetteer) -> None:
    # "– по одному в Сумах та Шостці": the verb is left out for both places of the list
    found = places("Загинули двоє людей – по одному в Сумах та Шостці.", gaz)
    assert found["Sumy"][0] == found["Shostka"][0] == "impact", found


# -- thirteenth pass: names and words a third review set found ------------------------------


def test_vrazyty_is_a_strike(gaz: Gazetteer) -> None:
    text = "Вночі дрони вразили склад на Житомирщині, у Бердичівському районі."
    assert impact_regions(text, gaz) == {"UA-18"}


def test_a_russian_locative_of_a_town_in_skoe(gaz: Gazetteer) -> None:
    # "Каменском" reads as Каменск's case; Каменское is Kamianske, told by its region
    text = "В Каменском повреждена подстанция, сообщили в Днепропетровской ОВА."
    assert impact_regions(text, gaz) == {"UA-12"}


@pytest.mark.parametrize(
    ("text", "hromadas"),
    [
        ("На Сумщині обстріляли Краснопільську і Миропільську громади.", 2),
        ("Ворог атакував Хотінську громаду на Сумщині.", 1),
    ],
)
def test_hromadas_of_towns_in_illia_and_in(text: str, hromadas: int, gaz: Gazetteer) -> None:
    # Краснопілля, Миропілля, Хотінь: not Краснопіль or Миропіль of the Zhytomyr region
    found = [
        (role, admin1) for name, (role, admin1, _) in places(text, gaz).items() if "hromada" in name
    ]
    assert found == [("impact", "UA-59")] * hromadas


def test_a_country_name_that_begins_a_village_name(gaz: Gazetteer) -> None:
    text = "Під обстрілом були Гуляйполе та Малі Щербаки."
    assert "Mali" not in places(text, gaz)
    text = "Голова розвідки Міноборони України Вадим Скибицький розповів про ракети."
    assert "Ukraine" in places(text, gaz)  # a genitive before a person's name stays


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Поранено жінку в селі Великі Щербаки на Запоріжжі.", "Великі Щербаки"),
        ("В поселке Новая Нелидовка повреждены дома.", "Новая Нелидовка"),
    ],
)
def test_an_unknown_village_after_its_word_is_reported(
    text: str, name: str, gaz: Gazetteer
) -> None:
    ex = extract_report(Report("t", text), gaz)
    assert name in {u.span.text for u in ex.unresolved}
    assert not any(name.split()[0] in m.text for p in ex.places for m in p.mentions)


def test_historical_names_of_big_towns_are_not_theirs(gaz: Gazetteer) -> None:
    text = "Ворог атакував Олександрівку Краматорського району."
    assert "Donetsk" not in places(text, gaz)
    text = "На Покровському напрямку окупанти обстріляли Покровськ."
    assert impact_regions(text, gaz) == {"UA-14"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Окупанти з Каховки обстріляли Берислав, поранено чоловіка.", "Kakhovka", "Beryslav"),
        ("Из-под Брянска противник бьёт по Шостке.", "Bryansk", "Shostka"),
        ("Ворожа артилерія із Олешок знову гатила по Херсону.", "Oleshky", "Kherson"),
    ],
)
def test_the_place_fired_from(text: str, source: str, target: str, gaz: Gazetteer) -> None:
    found = places(text, gaz)
    assert found[source][0] == "launch", found
    assert found[target][0] == "impact", found


def test_people_from_a_place_are_not_fired_from_it(gaz: Gazetteer) -> None:
    found = places("Переселенці з Бахмута загинули внаслідок удару по Дніпру.", gaz)
    assert found["Bakhmut"][0] != "launch", found


@pytest.mark.parametrize(
    ("text", "ends", "struck"),
    [
        (
            "Потяг Одеса — Львів затримується через обстріл на Вінниччині.",
            ("Odesa", "Lviv"),
            "UA-05",
        ),
        (
            "Поезд Москва — Адлер задержан после атаки дронов в Воронежской области.",
            ("Moscow", "Adler"),
            "RU-VOR",
        ),
    ],
)
def test_a_trains_route_is_no_struck_place(
    text: str, ends: tuple[str, str], struck: str, gaz: Gazetteer
) -> None:
    found = places(text, gaz)
    assert [found[name][0] for name in ends] == ["mention", "mention"], found
    assert impact_regions(text, gaz) == {struck}


def test_a_train_with_a_name(gaz: Gazetteer) -> None:
    text = "Потяг «Інтерсіті+» Київ — Дніпро запізнюється через обстріл на Полтавщині."
    found = places(text, gaz)
    assert (found["Kyiv"][0], found["Dnipro"][0]) == ("mention", "mention"), found


def test_taken_for_treatment_to_a_city(gaz: Gazetteer) -> None:
    text = "Раненного в Шебекино мужчину эвакуировали на лечение в Белгород."
    found = places(text, gaz)
    assert found["Belgorod"][0] == "mention", found


def test_a_village_after_an_abbreviation_is_reported(gaz: Gazetteer) -> None:
    text = "Пошкоджено будинок (с. Заріччя-Нове), поранено жінку."
    ex = extract_report(Report("t", text), gaz)
    assert [u.span.text for u in ex.unresolved] == ["Заріччя-Нове"]


@pytest.mark.parametrize(
    ("text", "home", "struck"),
    [
        # what befell the person comes first, then the person with their town
        (
            "Загинув 51-річний мешканець Сум, якого дрон атакував поблизу Білопілля.",
            "Sumy",
            "Bilopillia",
        ),
        (
            "Ранена жительница Брянска, оказавшаяся в Климове во время обстрела.",
            "Bryansk",
            "Klimovo",
        ),
    ],
)
def test_a_home_town_after_the_verb_that_opens_the_sentence(
    text: str, home: str, struck: str, gaz: Gazetteer
) -> None:
    found = places(text, gaz)
    assert found[home][0] == "mention", found  # was the struck place, with the figure
    assert found[struck][0] == "impact", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("У Херсоні, навпроти окупованої Голої Пристані, дрон атакував автобус.", "Hola Prystan"),
        ("В Каменке напротив Энергодара загорелся дом после удара.", "Enerhodar"),
    ],
)
def test_a_place_across_from_the_strike_is_a_reference_point(
    text: str, name: str, gaz: Gazetteer
) -> None:
    assert_role(text, name, "mention", gaz)


def test_on_the_bank_of_a_river_is_the_river(gaz: Gazetteer) -> None:
    # "на березі Дніпра" is the river, not the city of Dnipro
    assert_role(
        "У Херсоні на березі Дніпра від удару дрона загинув рибалка.", "Dnipro", "mention", gaz
    )


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # the second place's count stands before its verb and the place: its own
        (
            "У Сумах загинула жінка, ще трьох людей поранено в Охтирці.",
            ("Sumy", {"killed": 1}),
            ("Okhtyrka", {"wounded": 3}),
        ),
        (
            "В Курске погиб мужчина, еще двое ранены в Курчатове.",
            ("Kursk", {"killed": 1}),
            ("Kurchatov", {"wounded": 2}),
        ),
    ],
)
def test_a_count_before_its_verb_and_place(
    text: str, first: tuple[str, dict[str, int]], second: tuple[str, dict[str, int]], gaz: Gazetteer
) -> None:
    ex = extract_report(Report("t", text), gaz)
    facts = {p.place.name: dict(p.facts) for p in ex.places}
    assert facts[first[0]] == first[1], facts  # took both counts
    assert facts[second[0]] == second[1], facts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a town named in the plural, in the dative and the locative plural
        ("Окупанти вдарили по Олешкам із артилерії.", "Oleshky"),
        ("ВСУ атаковали беспилотниками по Алешкам и Голой Пристани.", "Oleshky"),
        ("Ворог обстріляв промзону в Горішніх Плавнях.", "Horishni Plavni"),
    ],
)
def test_a_town_named_in_the_plural(text: str, name: str, gaz: Gazetteer) -> None:
    assert_role(text, name, "impact", gaz)


def test_nothing_found_is_no_strike(gaz: Gazetteer) -> None:
    # "пошкоджень і постраждалих не виявили": the place was checked, nothing hit
    text = (
        "У Голосіївському районі, куди прибули рятувальники, руйнувань і постраждалих не виявили."
    )
    assert_role(text, "Holosiivskyi district", "mention", gaz)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the unit's kind between its name and its noun
        ("У Білопільській міській громаді дрон поранив двох людей.", "Bilopillia hromada"),
        ("Обстріляли Краснопільську селищну громаду.", "Krasnopillya hromada"),
        ("В Шебекинском городском округе повреждены дома.", "Shebekino district"),
        # a town whose stem's "с" merges with the adjective's ("Черкаси": "Черкаська")
        ("У Черкаській громаді уламки пошкодили лінію електропередачі.", "Cherkasy hromada"),
        # a town named in the plural ("Валуйки": "Валуйский")
        ("В Валуйском округе беспилотник атаковал автомобиль.", "Valuyki district"),
    ],
)
def test_a_hromada_or_okrug_with_its_kind(text: str, name: str, gaz: Gazetteer) -> None:
    assert_role(text, name, "impact", gaz)


@pytest.mark.parametrize(
    ("text", "second", "figure"),
    [
        # the unit's noun left out after the first of two: the second adjective is a unit too
        (
            "У Великописарівській громаді загинула жінка, у Краснопільській — поранено чоловіка.",
            "Krasnopillya hromada",
            {"wounded": 1},
        ),
        (
            "В Юнаковской громаде погиб мужчина, в Миропольской — ранены двое.",
            "Myropillia hromada",
            {"wounded": 2},
        ),
    ],
)
def test_a_units_noun_left_out_after_the_first(
    text: str, second: str, figure: dict[str, int], gaz: Gazetteer
) -> None:
    ex = extract_report(Report("t", text), gaz)
    facts = {p.place.name: dict(p.facts) for p in ex.places if p.role == "impact"}
    assert facts.get(second) == figure, facts  # was no place, its figure the first's


def test_a_town_after_its_raion_is_no_raion_left_out(gaz: Gazetteer) -> None:
    # "у Краматорську" after "Краматорського району" is the town, not the raion's noun left
    # out (the town's locative reads as an adjective too)
    text = (
        "Через обстріл Краматорського району загинули двоє людей у Краматорську, ще одного "
        "поранено в Дружківці."
    )
    found = places(text, gaz)
    assert found.get("Kramatorsk", ("",))[0] == "impact", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # where the weapons came from, named right after them
        ("Уночі ворог атакував Сумщину 27 дронами з Курської області.", "Kursk Oblast"),
        ("Противник ударил по Харькову двумя ракетами из Белгородской области.", "Belgorod Oblast"),
        ("Окупанти випустили по Одесі ракету «Калібр» з Криму.", "Crimea"),
        ("Ворог атакував Дніпро ракетами Іскандер-М з Брянської області.", "Bryansk Oblast"),
        # a second "з ..." joined to the first
        (
            "Росіяни атакували Запоріжжя шахедами з Орловської області та з півострова Крим.",
            "Crimea",
        ),
        ("Враг запустил 40 беспилотников из Курской области и из Крыма.", "Crimea"),
    ],
)
def test_weapons_from_a_place_name_a_launch(text: str, name: str, gaz: Gazetteer) -> None:
    assert_role(text, name, "launch", gaz)


def test_weapons_from_a_place_keep_their_target(gaz: Gazetteer) -> None:
    found = places("Ворог атакував Харків дронами з Бєлгородської області.", gaz)
    assert found["Kharkiv"][0] == "impact", found
    assert found["Belgorod Oblast"][0] == "launch", found


def test_a_long_list_of_directions_is_all_launch(gaz: Gazetteer) -> None:
    # the Air Force's list: places, each country or region after a dash, past six words
    text = (
        "Уночі противник атакував 70 ударними БпЛА з напрямків: Брянськ, Курськ, Міллерово, "
        "Шаталово – РФ, Гвардійське – ТОТ АР Крим. Збито 52 дрони."
    )
    found = places(text, gaz)
    for name in ("Bryansk", "Kursk", "Millerovo", "Shatalovo", "Hvardiyske", "Crimea"):
        assert found.get(name, ("",))[0] == "launch", (name, found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a drone dropping its charge on the place is a strike on it
        (
            "У Великій Писарівці дрон скинув вибухівку на подвір'я, постраждалих немає.",
            "Velyka Pysarivka",
        ),
        ("В Грайвороне беспилотник сбросил взрывное устройство на гараж.", "Grayvoron"),
        ("В Ракитном Белгородской области с дрона сброшен боеприпас на больницу.", "Rakitnoye"),
    ],
)
def test_a_charge_dropped_on_a_place_is_a_strike(text: str, name: str, gaz: Gazetteer) -> None:
    assert_role(text, name, "impact", gaz)


@pytest.mark.parametrize(
    ("text", "struck", "supplied"),
    [
        (
            "Через удар по Шостці без світла залишилися понад 3 тисячі абонентів сусіднього "
            "Кролевця.",
            "Shostka",
            "Krolevets",
        ),
        (
            "После атаки на подстанцию в Белгороде обесточены 12 тысяч потребителей в Шебекино.",
            "Belgorod",
            "Shebekino",
        ),
    ],
)
def test_consumers_left_without_power_elsewhere(
    text: str, struck: str, supplied: str, gaz: Gazetteer
) -> None:
    found = places(text, gaz)
    assert found[struck][0] == "impact", found
    assert found[supplied][0] == "mention", found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # words of a strike: air strikes, being under fire
        ("Окупанти завдали чотирьох авіаударів по Гуляйполю.", "Hulyaypole", "impact"),
        ("Под огнём ВСУ вновь оказалась Горловка.", "Horlivka", "impact"),
        # the strike told before a dash, the places after it
        ("Під ударом – Чернігівщина та Сумщина.", "Chernihiv Oblast", "impact"),
        ("Главные цели атаки — Харьковщина и Днепропетровщина.", "Dnipropetrovsk Oblast", "impact"),
        # where the fire came from
        ("Обстріл вівся з району Горлівки.", "Horlivka", "launch"),
        ("Обстрел велся из района Белгорода по Харькову.", "Kharkiv", "impact"),
        ("Напрямки пусків – Брянськ, Курськ, Міллерово.", "Millerovo", "launch"),
        ("Ракеты запускались с территории Курской области.", "Kursk Oblast", "launch"),
        ("Дроны запускались из Брянской области.", "Bryansk Oblast", "launch"),
        # an actor after "з боку", then the verb: no list of launch places
        (
            "Обстрілу з боку ворога зазнала Великописарівська громада.",
            "Velyka Pysarivka hromada",
            "impact",
        ),
    ],
)
def test_strike_words_and_where_fire_came_from(
    text: str, name: str, role: str, gaz: Gazetteer
) -> None:
    assert_role(text, name, role, gaz)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an alert sounded during an attack told of elsewhere
        ("Во время атаки на Одессу в Измаиле объявили воздушную тревогу.", "Izmayil", "mention"),
        ("Во время атаки на Одессу в Измаиле объявили воздушную тревогу.", "Odesa", "impact"),
        ("Під час нічної атаки у Вінниці лунала повітряна тривога.", "Vinnytsia", "mention"),
        # the operational headquarters of a region speaks
        ("Оперштаб Брянщины сообщил о падении обломков в Клинцах.", "Klintsy", "impact"),
        # a name written with "ё" that the dictionary lists with "е"
        ("Ночью обстрелу подверглись Тёткино и Глушково.", "Tëtkino", "impact"),
    ],
)
def test_alerts_during_attacks_headquarters_and_yo(
    text: str, name: str, role: str, gaz: Gazetteer
) -> None:
    assert_role(text, name, role, gaz)


def test_a_raion_of_the_reports_region_over_a_far_citys_district(gaz: Gazetteer) -> None:
    # Makiivka has a district of that name; the report is about Kharkiv Oblast
    text = (
        "Харьковская область. За сутки обстрелам подверглись Купянск и Золочев. "
        "В Богодуховском районе повреждены три частных дома."
    )
    found = places(text, gaz)
    assert found.get("Bohodukhiv Raion", ("",))[:2] == ("impact", "UA-63"), found


def test_a_village_and_its_raion_are_no_list_of_raions(gaz: Gazetteer) -> None:
    text = "В станице Ильской Северского района после атаки дронов загорелся резервуар."
    found = places(text, gaz)
    assert found.get("Il’skiy", ("",))[:2] == ("impact", "RU-KDA"), found


def test_a_list_of_places_opened_after_a_colon(gaz: Gazetteer) -> None:
    # a town whose name is also a common noun, first of a list after a heading's colon
    text = "Херсонщина за минулу добу: Білозерка, Станіслав і Томина Балка — обстріли."
    found = places(text, gaz)
    assert found.get("Bilozerka", ("",))[0] == "impact", found


def test_kuban_is_the_krai(gaz: Gazetteer) -> None:
    found = places("Ночью на Кубани беспилотники атаковали нефтебазу.", gaz)
    assert found.get("Krasnodar Krai", ("",))[:2] == ("impact", "RU-KDA"), found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # parts of places, and the next places of the list, left without power by a strike
        # told as the cause
        (
            "Київ. Через удар по підстанції частина Подільського району та Виноградар без світла.",
            ("Podilskyi district",),
        ),
        (
            "Из-за атаки на ТЭЦ без тепла остаются часть Белгорода и Строитель.",
            ("Belgorod", "Stroitel"),
        ),
    ],
)
def test_parts_of_places_left_without_power(
    text: str, names: tuple[str, ...], gaz: Gazetteer
) -> None:
    found = places(text, gaz)
    for name in names:
        assert found.get(name, ("",))[0] == "mention", (name, found)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # a raion or okrug named after a town whose name is the adjective, or a town in -ка
        (
            "В Раменском округе обломки беспилотника повредили крышу дома.",
            "Ramenskoye district",
            "RU-MOS",
        ),
        ("У Шосткинському районі через обстріл пошкоджено будинок.", "Shostka Raion", "UA-59"),
        (
            "Краснодарский край. В Северском районе сбит беспилотник.",
            "Severskaya district",
            "RU-KDA",
        ),
        # a city and its raion, not a list of raions
        ("Ночью дроны сбиты над Брянском и Брянским районом.", "Bryansk", "RU-BRY"),
    ],
)
def test_raions_named_after_their_towns(text: str, name: str, admin1: str, gaz: Gazetteer) -> None:
    found = places(text, gaz)
    assert found.get(name, ("",))[:2] == ("impact", admin1), found


def test_a_trains_route_is_no_target(gaz: Gazetteer) -> None:
    found = places("Після обстрілу затримуються поїзди у напрямку Полтави та Києва.", gaz)
    assert {found["Poltava"][0], found["Kyiv"][0]} == {"mention"}, found


def test_a_raion_abroad_far_from_every_place_of_the_report(gaz: Gazetteer) -> None:
    # the Kuban's Slavyansky district is named after Slavyansk-na-Kubani: not Sloviansk
    text = (
        "Оперштаб Краснодарского края: в Туапсе после атаки БПЛА загорелся резервуар. "
        "В Славянском районе обломки беспилотника повредили крышу дома."
    )
    ext = extract_report(Report("t", text), gaz)
    assert "UA-14" not in {p.place.admin1 for p in ext.places}
    # (the raion of the report's region whose town the adjective names: read as the
    # Kuban's since the nineteenth pass, reported unresolved before)
    raions = [(p.place.name, p.place.admin1) for p in ext.places if p.place.kind == "admin2"]
    assert raions == [("Slavyansk-na-Kubani district", "RU-KDA")]
    assert list(ext.unresolved) == []
