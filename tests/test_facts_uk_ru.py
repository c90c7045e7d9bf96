"""Headline numbers of Ukrainian and Russian reports: numerals, people, weapons, zeros."""

from __future__ import annotations

import pytest

from geo.understand.facts import extract_facts
from geo.understand.facts_uk_ru import extract_facts_uk_ru, numeral_value


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("одна", "uk", (1, False, False)),
        ("одного", "ru", (1, False, False)),
        ("дві", "uk", (2, False, False)),
        ("двух", "ru", (2, False, False)),
        ("трьох", "uk", (3, False, False)),
        ("трех", "ru", (3, False, False)),
        ("чотирьом", "uk", (4, False, False)),
        ("п'ятьох", "uk", (5, False, False)),
        ("двадцятьма", "uk", (20, False, False)),
        ("сорока", "ru", (40, False, False)),
        # collective numerals and their oblique cases
        ("двоє", "uk", (2, True, False)),
        ("троих", "ru", (3, True, False)),
        ("шестеро", "uk", (6, True, False)),
        ("пятерых", "ru", (5, True, False)),
        ("чотирнадцятеро", "uk", (14, True, False)),
        # nouns that count: one ten, one hundred; their plural counts nothing by itself
        ("десяток", "uk", (10, False, False)),
        ("сотня", "ru", (100, False, False)),
        ("десятки", "uk", (10, False, True)),
        # not numerals
        ("будинок", "uk", None),
        ("второй", "ru", None),
    ],
)
def test_numeral_value(word: str, lang: str, expected: tuple[int, bool, bool] | None) -> None:
    assert numeral_value(word, lang) == expected


CASES = [
    # --- killed and wounded: digits, words, collective numerals, before and after the verb
    (
        "uk",
        "Унаслідок обстрілу Херсона загинули троє людей, ще семеро дістали поранення.",
        {"killed": 3, "wounded": 7},
    ),
    ("ru", "Двое мирных жителей погибли, еще трое получили ранения.", {"killed": 2, "wounded": 3}),
    ("uk", "Загинули 2 людини, 11 поранені.", {"killed": 2, "wounded": 11}),
    (
        "ru",
        "В результате удара погиб 1 человек, ранены 23, в том числе 4 ребенка.",
        {"killed": 1, "wounded": 23},
    ),
    (
        "uk",
        "Протягом доби загинули 4 цивільних, ще 18 дістали поранення.",
        {"killed": 4, "wounded": 18},
    ),
    ("uk", "Відомо про трьох загиблих та 12 поранених.", {"killed": 3, "wounded": 12}),
    ("ru", "Троих пострадавших доставили в городскую больницу.", {"wounded": 3}),
    ("ru", "Медики оказали помощь пяти пострадавшим.", {"wounded": 5}),
    ("uk", "Після атаки по медичну допомогу звернулися шестеро містян.", {"wounded": 6}),
    ("uk", "На Київщині загинули чотирнадцятеро людей.", {"killed": 14}),
    ("uk", "Уночі 12 лютого ворог атакував двадцятьма п'ятьма ударними БпЛА.", {"drones": 25}),
    # a count of a kind the dictionary knows as people, not on the list of people words
    ("uk", "Загинув поліцейський, ще троє правоохоронців поранені.", {"killed": 1, "wounded": 3}),
    # --- one person, named by a noun: one killed or wounded
    ("uk", "На Сумщині загинула 67-річна жінка.", {"killed": 1}),
    ("ru", "Погиб мирный житель, трое ранены.", {"killed": 1, "wounded": 3}),
    ("uk", "Окупанти вбили жителя Бериславщини.", {"killed": 1}),
    ("ru", "Погиб водитель грузовика.", {"killed": 1}),
    ("uk", "Атака забрала життя пенсіонерки з Ірпеня.", {"killed": 1}),
    ("uk", "У Херсоні є загиблий.", {"killed": 1}),
    ("ru", "В Горловке есть погибший.", {"killed": 1}),
    # people counted from a list of nouns or ages
    ("ru", "Ранения получили пенсионер и школьник.", {"wounded": 2}),
    ("ru", "Осколками посечены водитель и его пассажир, оба ранены.", {"wounded": 2}),
    (
        "ru",
        "Беспилотник атаковал машину скорой помощи, ранены водитель и фельдшер.",
        {"wounded": 2},
    ),
    ("uk", "Поранення отримали 34-річна жінка та її 10-річний син.", {"wounded": 2}),
    ("uk", "У Дніпрі через удар загинули двоє чоловіків 45 і 60 років.", {"killed": 2}),
    ("ru", "Погибли мужчина и женщина 67 и 70 лет.", {"killed": 2}),
    ("uk", "Поранення дістали троє дорослих і дитина.", {"wounded": 4}),
    ("ru", "Пострадали двое детей и трое взрослых.", {"wounded": 5}),
    ("uk", "Загинуло подружжя пенсіонерів.", {"killed": 2}),
    # ages and years of birth are not counts
    ("ru", "Беспилотник атаковал автомобиль, мужчина 45 лет получил ранения.", {"wounded": 1}),
    ("uk", "Поранено 52-річного чоловіка.", {"wounded": 1}),
    (
        "ru",
        "При обстреле пострадали 4 человека, среди них мужчина 1975 года рождения.",
        {"wounded": 4},
    ),
    # the verb's subject is the attacker: count what follows
    ("uk", "За добу росіяни поранили 6 мешканців Херсонщини.", {"wounded": 6}),
    # parts of a count and the people among them are not counts of their own
    ("uk", "Росіяни вдарили по Харкову: поранено 12 людей, серед них двоє дітей.", {"wounded": 12}),
    ("ru", "Пострадали пять человек, из них двое детей.", {"wounded": 5}),
    ("uk", "Один із постраждалих перебуває у важкому стані.", {}),
    ("ru", "Второго раненого доставили в больницу.", {}),
    ("ru", "Среди пострадавших – 5 детей.", {}),
    # words of harm that are not about people
    ("ru", "Пострадали два частных дома и гараж.", {}),
    ("uk", "Постраждала критична інфраструктура, знеструмлено 3 села.", {}),
    # --- updates win, totals and headlines win over the other figures
    ("uk", "У Запоріжжі кількість поранених зросла до 21.", {"wounded": 21}),
    ("ru", "Число погибших в результате удара по Донецку возросло до семи.", {"killed": 7}),
    (
        "uk",
        "Станом на ранок кількість загиблих у Дніпрі зросла до 9 людей, поранених - 31.",
        {"killed": 9, "wounded": 31},
    ),
    ("uk", "Удар по Одесі: 5 загиблих\nЗгодом стало відомо, що загиблих уже 8.", {"killed": 8}),
    (
        "ru",
        "Вечером в Курске ранены 5 человек.\nПозже число пострадавших увеличилось до семи.",
        {"wounded": 7},
    ),
    ("uk", "Ракетний удар по Ізюму: 3 загиблих\nВ Ізюмі загинули 2 людини.", {"killed": 3}),
    (
        "uk",
        "Постраждали 14 людей, серед них троє дітей. Наразі відомо про 16 постраждалих.",
        {"wounded": 16},
    ),
    # "один із поранених помер": one more killed, one fewer wounded
    (
        "uk",
        "Поранення дістали двоє чоловіків.\nЗгодом один із поранених помер у лікарні.",
        {"killed": 1, "wounded": 1},
    ),
    ("ru", "Умер один из раненых.", {"killed": 1}),
    (
        "uk",
        "У Харкові загинули двоє людей, 5 поранені.\nЗгодом один із поранених помер у лікарні.",
        {"killed": 3, "wounded": 4},
    ),
    # a headline, written last, already counts the death
    (
        "uk",
        "Удар по Оріхову: є загиблий\nПоранення дістали двоє чоловіків.\nЗгодом один із "
        "поранених помер.",
        {"killed": 1, "wounded": 1},
    ),
    # --- counts for different places add up; the parts of one count do not
    (
        "uk",
        "Нікопольщина. Поранено 3 людей.\nСинельниківщина. Загинула жінка, ще двоє "
        "людей травмовані.\nКриворіжжя. Постраждав 40-річний чоловік.",
        {"killed": 1, "wounded": 6},
    ),
    (
        "ru",
        "В Шебекино ранены трое мирных жителей. В Грайвороне пострадал мужчина.",
        {"wounded": 4},
    ),
    (
        "ru",
        "Погибли трое мирных жителей. Один человек погиб на месте, двое скончались в больнице.",
        {"killed": 3},
    ),
    ("ru", "В Липецке погибла женщина.\nОбломки упали на дом, погибла женщина.", {"killed": 1}),
    # --- no one hurt: killed and wounded 0 unless a figure is given
    ("uk", "Внаслідок атаки постраждалих немає.", {"killed": 0, "wounded": 0}),
    ("uk", "Жертв та постраждалих немає.", {"killed": 0, "wounded": 0}),
    ("uk", "Попередньо, обійшлося без жертв.", {"killed": 0, "wounded": 0}),
    ("ru", "Обошлось без пострадавших, повреждены два частных дома.", {"killed": 0, "wounded": 0}),
    ("ru", "Никто не пострадал.", {"killed": 0, "wounded": 0}),
    ("ru", "По словам губернатора, люди не пострадали.", {"killed": 0, "wounded": 0}),
    ("uk", "Повідомлень про постраждалих не надходило.", {"killed": 0, "wounded": 0}),
    ("ru", "Мирные жители не пострадали, выбиты окна.", {"killed": 0, "wounded": 0}),
    ("ru", "Дроны атаковали Тулу. Пострадавших и разрушений нет.", {"killed": 0, "wounded": 0}),
    ("uk", "Ніхто з мешканців будинку не постраждав.", {"killed": 0, "wounded": 0}),
    # only the killed are denied, or only the others
    ("uk", "Загиблих немає, троє людей травмовані.", {"killed": 0, "wounded": 3}),
    ("ru", "Погибли два человека. Других пострадавших нет.", {"killed": 2, "wounded": 0}),
    # a "no one was hurt" of one place among others with casualties says nothing of killed
    ("ru", "Ранены водитель и пассажир. В соседнем селе пострадавших нет.", {"wounded": 2}),
    # of several sites, each without casualties: the report gives no figure
    (
        "uk",
        "У Шевченківському районі уламки пошкодили дах, постраждалих немає. В Оболонському "
        "районі серед мешканців постраждалих не виявлено.",
        {},
    ),
    ("ru", "Атака не обошлась без жертв: погибли два человека.", {"killed": 2}),
    ("uk", "Інформація про загиблих і постраждалих уточнюється.", {}),
    # --- drones and missiles launched
    (
        "uk",
        "Ворог атакував Одещину 25 ударними БпЛА та трьома ракетами «Калібр».",
        {"drones": 25, "missiles": 3},
    ),
    (
        "uk",
        "У ніч на 7 березня (з 18:00 6 березня) противник атакував 67 ракетами різних "
        "типів та 194 ударними БпЛА.",
        {"missiles": 67, "drones": 194},
    ),
    (
        "ru",
        "ВСУ выпустили по Белгороду 10 ракет РСЗО «Вампир» и атаковали город 30 дронами.",
        {"missiles": 10, "drones": 30},
    ),
    ("uk", "Ворог запустив по Україні 2 ракети Іскандер-М і 4 ракети Х-59.", {"missiles": 6}),
    (
        "uk",
        "Росія випустила по Україні понад 100 ракет і 100 дронів.",
        {"missiles": 100, "drones": 100},
    ),
    (
        "uk",
        "Вночі ворог атакував Україну 83 засобами повітряного нападу: 8 ракетами та 75 "
        "ударними БпЛА.",
        {"missiles": 8, "drones": 75},
    ),
    # stocks and production are not an attack; a single missile has no count
    ("uk", "Росія виробляє 2700 шахедів на місяць.", {}),
    ("uk", "Ворог вдарив по Сумах балістичною ракетою, загинули двоє людей.", {"killed": 2}),
    # --- intercepted: a verb of shooting down, before or after the count
    ("uk", "Сили ППО знешкодили 20 дронів.", {"intercepted": 20}),
    ("ru", "Над регионом уничтожены 8 украинских беспилотников.", {"intercepted": 8}),
    (
        "ru",
        "Дежурные средства ПВО перехватили 23 беспилотных летательных аппарата.",
        {"intercepted": 23},
    ),
    ("uk", "Знешкоджено 43 ворожі цілі.", {"intercepted": 43}),
    ("uk", "Станом на 9:00 збито сорок вісім шахедів.", {"intercepted": 48}),
    ("uk", "Над Львівщиною знищено 6 ударних безпілотних літальних апаратів.", {"intercepted": 6}),
    # "ще N подавлено" in the same sentence adds to the count; in the next it is a part
    ("ru", "Сбиты 11 беспилотников, еще 3 подавлены средствами РЭБ.", {"intercepted": 14}),
    ("uk", "Знищено 31 дрон. Ще чотири знешкодили над Полтавщиною.", {"intercepted": 31}),
    ("ru", "Три беспилотника были сбиты над Азовским морем.", {"intercepted": 3}),
    # "N із M": N shot down of M launched
    ("uk", "Сили ППО знешкодили 41 із 56 ударних БпЛА.", {"drones": 56, "intercepted": 41}),
    ("uk", "Протягом ночі знешкоджено 14 «шахедів» з 16.", {"drones": 16, "intercepted": 14}),
    (
        "uk",
        "Вночі росіяни запустили 120 дронів, з них збито 95.",
        {"drones": 120, "intercepted": 95},
    ),
    ("uk", "Ворог атакував 92 дронами, 70 з яких збили.", {"drones": 92, "intercepted": 70}),
    ("ru", "Из 30 выпущенных ракет сбиты 25.", {"missiles": 30, "intercepted": 25}),
    # drones and missiles shot down add up, as do the counts of one list
    ("uk", "Сили ППО знищили 5 ракет та 30 дронів.", {"intercepted": 35}),
    ("ru", "Ночью над Крымом сбиты 17 беспилотников и две крылатые ракеты.", {"intercepted": 19}),
    (
        "uk",
        "Станом на 11:00 підтверджено збиття 34 крилатих ракет Х-101, 8 ракет Калібр та 100 БпЛА.",
        {"intercepted": 142},
    ),
    # a list per region is summed; a total stated before it wins
    (
        "uk",
        "Над Київщиною збито 12 дронів, над Житомирщиною – 5, над Черкащиною – 3.",
        {"intercepted": 20},
    ),
    (
        "ru",
        "Ночью сбиты 5 беспилотников над Белгородской областью и 3 над Курской.",
        {"intercepted": 8},
    ),
    (
        "ru",
        "Перехвачены 12 беспилотников: семь — над Белгородской областью, три — над Курской.",
        {"intercepted": 12},
    ),
    (
        "ru",
        "Всего сбиты 42 беспилотника: 20 над Брянской областью и 12 над Курской.",
        {"intercepted": 42},
    ),
    # the first count wins over the parts told after it; an exact one over "more than"
    (
        "uk",
        "Уночі знищено 40 дронів. Найбільше з них — 25 безпілотників — збили над Вінниччиною.",
        {"intercepted": 40},
    ),
    (
        "ru",
        "В области сбиты более 30 БПЛА. Мэр сообщил о 32 сбитых беспилотниках.",
        {"intercepted": 32},
    ),
    # a part of a wider count given before
    (
        "ru",
        "За ночь сбиты 60 беспилотников, четыре из них – над Тульской областью.",
        {"intercepted": 60},
    ),
    # --- not counts: models, dates, times, captions, links, other things destroyed
    ("uk", "Ворог випустив ракети Х-101 та Х-59 і дрони Шахед-136.", {}),
    ("uk", "14 вересня ворог обстріляв Нікополь, постраждали двоє.", {"wounded": 2}),
    ("uk", "Пошкоджено 17 приватних будинків, уражено 3 НПЗ, евакуйовано 20 людей.", {}),
    ("uk", "Фото: 5 загиблих у Харкові", {}),
    ("ru", "Читайте также: В Белгороде ранены 6 человек", {}),
    ("uk", "Сили оборони знищили 3 танки та 5 БМП.", {}),
    ("uk", "Противник здійснив 5 ракетних ударів та 60 авіаударів.", {}),
    # --- earlier attacks recalled: none of their figures count
    (
        "uk",
        "Внаслідок удару по Одесі загинули двоє людей.\nРаніше, 2 березня, внаслідок атаки "
        "на Одесу загинули 12 людей.",
        {"killed": 2},
    ),
    ("ru", "Накануне в результате обстрела пострадали 4 человека.", {}),
    ("ru", "Ранее сообщалось о двух пострадавших.", {}),
    ("uk", "Минулого тижня у Києві загинули 5 людей.", {}),
    ("ru", "Ранее над регионами уничтожены 42 БПЛА. Из них 8 сбили над Ростовской областью.", {}),
    ("uk", "Як уже писали, тоді ППО збила 32 шахеди з 44.", {}),
    # "last night" is the attack itself, not an earlier one
    ("uk", "Минулої ночі ворог атакував Київ, загинули 4 людини.", {"killed": 4}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_facts_uk_ru(lang: str, text: str, expected: dict[str, int]) -> None:
    assert extract_facts_uk_ru(text, lang) == expected


def test_extract_facts_dispatches_by_language() -> None:
    assert extract_facts("Уночі ворог атакував Харківщину, поранено трьох людей.") == {"wounded": 3}
    assert extract_facts("Ночью беспилотники атаковали Курск, погиб один человек.") == {"killed": 1}
    assert extract_facts("Four people were killed and 17 injured.") == {
        "killed": 4,
        "wounded": 17,
    }


def test_typographic_apostrophe_and_yo() -> None:
    assert extract_facts_uk_ru("Поранено п’ятьох людей.", "uk") == {"wounded": 5}
    assert extract_facts_uk_ru("Ещё трое ранены.", "ru") == {"wounded": 3}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # one item after a head whose verb and noun stand before the colon
        ("ru", "Уничтожены  БПЛА: 15 над Белгородской областью", {"intercepted": 15}),
        ("uk", "Збито  безпілотників: 12 над Сумщиною.", {"intercepted": 12}),
        ("ru", "Перехвачены ракеты: над Брянской областью – 3.", {"intercepted": 3}),
        # the same list with one place's numbers blanked (how per-place figures are read)
        (
            "ru",
            "Сбиты    дронов: 20 над Тверской областью и    над Псковской.",
            {"intercepted": 20},
        ),
        (
            "ru",
            "Сбиты    дронов:    над Тверской областью и 6 над Псковской.",
            {"intercepted": 6},
        ),
        # a count the verb right after it governs
        ("ru", "Девять перехватили над Липецкой областью.", {"intercepted": 9}),
        # a stated total stays the figure; a lone item without a verb of shooting down is none
        ("ru", "Сбиты 31 беспилотник: 20 над Тверской областью.", {"intercepted": 31}),
        ("ru", "Атакованы регионы: 15 над Белгородской областью.", {}),
        ("ru", "Над Брянской областью – 21.", {}),
    ],
)
def test_a_single_item_after_a_head(lang: str, text: str, expected: dict[str, int]) -> None:
    assert extract_facts_uk_ru(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "згодом кількість поранених зросла",
        "за уточненими даними",
        "upd: загинули двоє",
        "загалом збито 30 дронів",
        "в общей сложности",
        "за минулу добу",
        "по состоянию на утро",
        "раніше повідомлялося",
        "минулого тижня",
        "как уже сообщалось",
        "тоді загинули троє",
        "тоді як інші",
        "с начала года",
        "за прошлый месяц",
        "двоє загинули, 5 поранені",
        "",
    ],
)
def test_words_a_pattern_needs(text: str) -> None:
    """The words looked up before a pattern is searched leave its answer as it was."""
    from geo.understand import facts_uk_ru as f

    for pattern, needs in ((f._UPDATE, f._UPDATE_NEEDS), (f._TOTAL, f._TOTAL_NEEDS)):
        assert f._matches(pattern, needs, text) == (pattern.search(text) is not None)
    assert f._matches(f._RECALL, f._RECALL_NEEDS, text) == (f._RECALL.search(text) is not None)


def test_words_a_pattern_needs_still_match() -> None:
    from geo.understand import facts_uk_ru as f

    assert f._matches(f._UPDATE, f._UPDATE_NEEDS, "за уточненими даними")
    assert f._matches(f._TOTAL, f._TOTAL_NEEDS, "загалом збито 30 дронів")
    assert f._matches(f._RECALL, f._RECALL_NEEDS, "как уже сообщалось", 0, 18)


def test_words_a_pattern_needs_within_bounds() -> None:
    """A search within bounds sees the letters before them: a word part is no match."""
    from geo.understand import facts_uk_ru as f

    text = "xранее. Ранее"
    assert not f._matches(f._RECALL, f._RECALL_NEEDS, text, 1, 6)
    assert f._matches(f._RECALL, f._RECALL_NEEDS, text.lower(), 8, len(text))
    assert not f._matches(f._RECALL, f._RECALL_NEEDS, text.lower(), 0, 5)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a bare count, then where: "в"/"у"/"на" ends it as the sentence's end does
        ("uk", "Внаслідок удару загинули 2 у Сумах.", {"killed": 2}),
        ("ru", "Ранены 3 в Шебекино.", {"wounded": 3}),
        ("ru", "После атаки погиб один на трассе.", {"killed": 1}),
        # a town in the locative before the verb is no person ("в Охтирці" is not "охтирець")
        ("uk", "В Охтирці поранено трьох людей.", {"wounded": 3}),
        ("uk", "У Конотопі загинули двоє.", {"killed": 2}),
        # burns are wounds: the reader's hint words hold them as its patterns do
        ("uk", "Троє людей отримали опіки.", {"wounded": 3}),
        ("ru", "Четверо получили ожоги.", {"wounded": 4}),
    ],
)
def test_counts_beside_places_and_wounds_of_each_kind(
    lang: str, text: str, expected: dict[str, int]
) -> None:
    assert extract_facts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a house's number is no count, before the verb or anywhere
        ("uk", "У Сумах на вул. Харківській, 14 поранено трьох людей.", {"wounded": 3}),
        ("ru", "В Курске на ул. Ленина, 21 ранены двое.", {"wounded": 2}),
        ("uk", "Біля будинку № 9 загинула одна людина.", {"killed": 1}),
        ("ru", "На ул. Мира, д. 6 ранены четыре человека.", {"wounded": 4}),
        # ... but a count after "в доме" without a house number is one
        ("ru", "В доме 5 человек получили ранения.", {"wounded": 5}),
    ],
)
def test_house_numbers_are_no_counts(lang: str, text: str, expected: dict[str, int]) -> None:
    assert extract_facts(text, lang) == expected


def test_the_house_number_look_first_agrees_with_the_pattern() -> None:
    # house_number looks at the character before the number's spaces first; the answer is
    # the pattern's at every number of these texts (spaces up to the look's reach)
    import random

    from geo.language import text as tx

    rng = random.Random(7)
    parts = ["вул. Сумська,", "ул. Чехова", "будинку №", "д.", "дом", "в доме", "людей,", "№"]
    parts += ["буд.", "просп. Науки,", "пров. Тихий ,", "Загинули", "корп.", "2023 р.", ","]
    for _ in range(3000):
        head = " ".join(rng.choice(parts) for _ in range(rng.randint(1, 4)))
        head += " " * rng.randint(0, 12)
        text = f"{head}{rng.randint(1, 99)} поранено"
        start = len(head)
        expected = tx._ADDRESS_BEFORE.search(text, max(start - tx._ADDRESS_REACH, 0), start)
        assert tx.house_number(text, start) is (expected is not None), text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "выпущено"/"випущено": launched, as "выпустили" is
        ("ru", "По Курску выпущено 6 ракет, 4 из них сбиты.", {"missiles": 6, "intercepted": 4}),
        ("uk", "По Сумах випущено 3 ракети.", {"missiles": 3}),
        # a number right before the word of harm, no person named ("еще один ранен")
        ("ru", "В Шебекино двое погибли, еще один ранен.", {"killed": 2, "wounded": 1}),
        ("ru", "Четверо получили ожоги, еще один ранен осколками.", {"wounded": 5}),
    ],
)
def test_launched_in_the_passive_and_a_count_before_its_verb(
    lang: str, text: str, expected: dict[str, int]
) -> None:
    assert extract_facts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # where the weapons came from after them is no part of a count given before
        ("ru", "Ночью враг атаковал область 35 беспилотниками из Курской области.", {"drones": 35}),
        ("uk", "Уночі ворог запустив 14 дронів із Брянщини.", {"drones": 14}),
        (
            "ru",
            "Выпущены 7 ракет из Крыма и 20 дронов из Белгородской области.",
            {"drones": 20, "missiles": 7},
        ),
        # a part of the count before still is
        ("ru", "Сбиты 44 дрона, три дрона из них — над Орловской областью.", {"intercepted": 44}),
        (
            "uk",
            "Збито 18 безпілотників, два безпілотники з яких — над Полтавщиною.",
            {"intercepted": 18},
        ),
    ],
)
def test_weapons_from_a_place_after_their_count(
    lang: str, text: str, expected: dict[str, int]
) -> None:
    assert extract_facts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a count ending in 1 takes the singular, its adjective read first as a noun
        ("uk", "Минулої ночі ворог атакував 121 ударним БпЛА.", {"drones": 121}),
        ("uk", "Противник атакував 61 ударним безпілотником та ракетою.", {"drones": 61}),
        # air defence repelling an attack shoots it down
        ("ru", "Силы ПВО отразили атаку 7 БПЛА, летевших на Москву.", {"intercepted": 7}),
        ("uk", "Над столицею сили ППО відбили атаку 15 дронів.", {"intercepted": 15}),
    ],
)
def test_singular_counts_and_repelled_attacks(
    lang: str, text: str, expected: dict[str, int]
) -> None:
    assert extract_facts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a lead paragraph of the day that tells the totals, then the places one by one
        (
            "uk",
            "Протягом минулої доби ворог обстріляв 9 громад Сумщини. Загинули двоє людей, "
            "ще п'ятеро дістали поранень.\n\nУ Білопіллі поранено трьох. У Краснопіллі "
            "загинув чоловік, поранено двох жінок.",
            {"killed": 2, "wounded": 5},
        ),
        # a place named between the people and their word of harm
        ("uk", "Ще 6 людей у місті отримали поранення.", {"wounded": 6}),
        ("ru", "Четверо в Белгороде получили ранения.", {"wounded": 4}),
    ],
)
def test_lead_totals_and_a_place_between_people_and_harm(
    lang: str, text: str, expected: dict[str, int]
) -> None:
    assert extract_facts(text, lang) == expected
